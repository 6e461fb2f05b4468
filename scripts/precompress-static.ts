/**
 * After `next build`: writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every
 * text file in .next/static, which the server sends as they are (scripts/lib/static-files.ts).
 * Files are content-hashed and never change, so the slow, small encodings are paid once here.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import { COMPRESSIBLE_TYPES, ENCODING_SUFFIX } from "../lib/http/compression";

const root = path.join(process.cwd(), ".next/static");
const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

let files = 0;
let raw = 0;
let compressed = 0;
for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !(path.extname(entry.name) in COMPRESSIBLE_TYPES)) continue;
  const file = path.join(entry.parentPath, entry.name);
  const content = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    gz(content, { level: 9 }),
  ]);
  await writeFile(file + ENCODING_SUFFIX.br, br);
  await writeFile(file + ENCODING_SUFFIX.gzip, gzipped);
  files += 1;
  raw += content.length;
  compressed += br.length;
}
console.log(`Precompressed ${files} files in .next/static: ${Math.round(raw / 1024)} KiB → ${Math.round(compressed / 1024)} KiB (Brotli).`);
