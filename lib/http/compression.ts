/**
 * Which encoding a response may use, and which files are worth compressing. Shared by the build
 * step that precompresses `/_next/static` (scripts/precompress-static.ts) and the server that
 * serves those files (scripts/lib/static-files.ts); docs/decisions/0024-compression.md.
 */
export type Encoding = "br" | "gzip";

/** Text formats in `/_next/static`; fonts (WOFF2) and images are compressed already. */
export const COMPRESSIBLE_TYPES: Readonly<Record<string, string>> = {
  ".js": "application/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

export const ENCODING_SUFFIX: Readonly<Record<Encoding, string>> = { br: ".br", gzip: ".gz" };

/** Brotli if the client accepts it, then gzip, else none (`q=0` refuses; `*` is not guessed at). */
export function preferredEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Set<string>();
  for (const part of acceptEncoding.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q === undefined || Number(q.slice(2)) > 0) accepted.add(name.trim());
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return null;
}
