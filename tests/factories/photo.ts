import { crc32, deflateSync } from "node:zlib";

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A small real PNG (a sky-to-road gradient) standing in for an entrant's photo. */
export function samplePng(hue = 0, width = 160, height = 120): { data: Buffer; width: number; height: number; mimeType: string } {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const t = y / height;
      row[1 + x * 3] = Math.round(60 + 120 * t + (hue % 60));
      row[2 + x * 3] = Math.round(120 + 60 * (1 - t));
      row[3 + x * 3] = Math.round(200 - 120 * t + (x % 16 === 0 ? 20 : 0));
    }
    rows.push(row);
  }
  const data = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
  return { data, width, height, mimeType: "image/png" };
}
