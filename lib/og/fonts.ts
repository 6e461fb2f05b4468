import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Noto Sans JP Bold as a TrueType file from npm (@expo-google-fonts/noto-sans-jp): next/og cannot
 * read the WOFF2 files the pages use, and must not fetch fonts from the network. Read once per
 * process; see docs/decisions/0005-interview-relay-pages.md.
 */
const FONT_FILE = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf");

let font: Promise<Buffer> | undefined;

export function notoSansJpBold(): Promise<Buffer> {
  font ??= readFile(FONT_FILE);
  return font;
}
