import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

/** app/icon.svg (the site's mark, also served as /icon.svg) as a PNG of `size` pixels. */
export async function brandMarkPng(size: number): Promise<Buffer> {
  const svg = await readFile(path.join(process.cwd(), "app/icon.svg"));
  const image = new ImageResponse(
    <img src={`data:image/svg+xml;base64,${svg.toString("base64")}`} width={size} height={size} alt="" />,
    { width: size, height: size },
  );
  return Buffer.from(await image.arrayBuffer());
}

/** An .ico file holding one PNG image (a format every browser reads since Windows Vista's). */
export function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18); // offset of the image
  return Buffer.concat([header, png]);
}
