import type { IncomingMessage, ServerResponse } from "node:http";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { COMPRESSIBLE_TYPES, ENCODING_SUFFIX, preferredEncoding, type Encoding } from "../../lib/http/compression";
import { contentSecurityPolicy, securityHeaders } from "../../lib/http/security-headers";

type StaticFile = { type: string; bodies: Record<Encoding, Buffer> };

const PREFIX = "/_next/static/";

/**
 * Serves the build's precompressed `/_next/static` text files (scripts/precompress-static.ts) from
 * memory, to clients that accept Brotli or gzip: no compression work per request. Everything else
 * (other files, clients accepting neither, a build without the copies) goes to `fallback`, that is
 * Next.js. The set is read once at start: a request can only pick one of the build's files.
 */
export async function precompressedStaticFiles(distDir: string) {
  const root = path.join(distDir, "static");
  const files = new Map<string, StaticFile>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const type = COMPRESSIBLE_TYPES[path.extname(entry.name)];
    if (!entry.isFile() || !type) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bodies = await Promise.all([readFile(file + ENCODING_SUFFIX.br), readFile(file + ENCODING_SUFFIX.gzip)]).catch(() => null);
    if (!bodies) continue;
    files.set(PREFIX + path.relative(root, file).split(path.sep).join("/"), { type, bodies: { br: bodies[0], gzip: bodies[1] } });
  }
  const headers = {
    ...Object.fromEntries(securityHeaders(true).map(({ key, value }) => [key, value])),
    "Content-Security-Policy": contentSecurityPolicy(true),
  };

  return {
    count: files.size,
    /** True when it answered the request. */
    serve(req: IncomingMessage, res: ServerResponse): boolean {
      if ((req.method !== "GET" && req.method !== "HEAD") || !req.url?.startsWith(PREFIX)) return false;
      const file = files.get(decodedPath(req.url));
      const encoding = preferredEncoding(req.headers["accept-encoding"]);
      if (!file || !encoding) return false;
      const body = file.bodies[encoding];
      res.writeHead(200, {
        ...headers,
        "Content-Type": file.type,
        "Content-Encoding": encoding,
        "Content-Length": body.length,
        Vary: "Accept-Encoding",
        "Cache-Control": "public, max-age=31536000, immutable",
      });
      res.end(req.method === "HEAD" ? undefined : body);
      return true;
    },
  };
}

function decodedPath(url: string): string {
  const pathname = url.split("?", 1)[0]!;
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}
