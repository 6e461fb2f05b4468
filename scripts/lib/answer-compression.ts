import type { IncomingMessage, ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { preferredEncoding, type Encoding } from "../../lib/http/compression";
import type { RequestHandler } from "./front-door";

// The middleware `next start` applies when `compress` is on (Next's compiled copy of the
// `compression` package): gzip on the fly for answers that are not cached pages.
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const onTheFly = (createRequire(import.meta.url)("next/dist/compiled/compression") as (options?: object) => Middleware)();

/** Bounds of the kept copies: a client choosing paths can only churn them, never grow them. */
const MAX_COPIES = 1_000;
const MAX_COPY_BYTES = 32 * 1024 * 1024;
/** Larger answers are compressed as a stream, as before, and not kept. */
const MAX_KEPT_SOURCE_BYTES = 2 * 1024 * 1024;
/** Brotli 6 compresses a season page in about a millisecond, to 3/4 of gzip's size. */
const BROTLI_QUALITY = 6;

type Body = string | Buffer;
type Copy = { source: Body; body: Buffer; bytes: number };

/** What Next answers a page from its cache with: its HTML or its flight data, in one piece. */
function isCachedPage(res: ServerResponse, chunk: unknown): chunk is Body {
  return (
    res.statusCode === 200 &&
    !res.headersSent &&
    res.getHeader("x-nextjs-cache") !== undefined &&
    res.getHeader("content-encoding") === undefined &&
    (typeof chunk === "string" || Buffer.isBuffer(chunk))
  );
}

const sameBody = (a: Body, b: Body) => (typeof a === "string" ? a === b : typeof b !== "string" && a.equals(b));

function compress(source: Body, encoding: Encoding): Buffer {
  if (encoding === "gzip") return gzipSync(source, { level: 9 });
  const bytes = typeof source === "string" ? Buffer.byteLength(source) : source.length;
  return brotliCompressSync(source, {
    params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes },
  });
}

/**
 * Compresses answers for clients that accept it (docs/decisions/0029-lighter-cached-pages.md).
 * A page Next serves from its cache (`x-nextjs-cache`, one body) is compressed once per encoding
 * and its copy sent again while Next keeps sending the same body for that path and kind of
 * request; the body is compared in full each time, so a changed page is never answered with an
 * old copy. Everything else goes through Next's own on-the-fly gzip. `next.config.ts` sets
 * `compress: false` so nothing is compressed twice.
 */
export function compressingAnswers(handle: RequestHandler): RequestHandler {
  const copies = new Map<string, Copy>();
  let copyBytes = 0;

  const keep = (key: string, copy: Copy) => {
    const old = copies.get(key);
    if (old) copyBytes -= old.bytes;
    copies.delete(key);
    copies.set(key, copy);
    copyBytes += copy.bytes;
    for (const [oldestKey, oldest] of copies) {
      if (copies.size <= MAX_COPIES && copyBytes <= MAX_COPY_BYTES) break;
      copies.delete(oldestKey);
      copyBytes -= oldest.bytes;
    }
  };

  const copyFor = (key: string, source: Body, encoding: Encoding): Buffer => {
    const kept = copies.get(key);
    if (kept && sameBody(kept.source, source)) return kept.body;
    const body = compress(source, encoding);
    const sourceBytes = typeof source === "string" ? source.length * 2 : source.length;
    if (sourceBytes <= MAX_KEPT_SOURCE_BYTES) keep(key, { source, body, bytes: sourceBytes + body.length });
    return body;
  };

  return (req, res) => {
    onTheFly(req, res, () => {});
    const encoding = req.method === "GET" ? preferredEncoding(req.headers["accept-encoding"]) : null;
    if (!encoding) return handle(req, res);
    const end = res.end;
    res.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      if (!isCachedPage(this, chunk)) return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
      const body = copyFor(copyKey(req, encoding), chunk, encoding);
      this.setHeader("Content-Encoding", encoding);
      this.setHeader("Content-Length", body.length);
      return (end as (...args: unknown[]) => ServerResponse).call(this, body, ...rest.filter((arg) => typeof arg === "function"));
    } as ServerResponse["end"];
    return handle(req, res);
  };
}

/** One copy per path, encoding and kind of answer (HTML, or which flight data). */
function copyKey(req: IncomingMessage, encoding: Encoding): string {
  const { headers } = req;
  const path = (req.url ?? "/").split("?", 1)[0];
  return [encoding, path, headers.rsc, headers["next-router-prefetch"], headers["next-router-segment-prefetch"]].join("\n");
}
