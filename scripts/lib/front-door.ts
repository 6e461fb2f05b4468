import { IncomingMessage, type ServerResponse } from "node:http";
import { clientAddressFrom, proxyConfigurationMismatch } from "../../lib/http/client-address";
import { forSharedCaches } from "../../lib/http/shared-cache-control";
import { isRequestTooLargePath, requestTooLargePage } from "../../lib/http/request-too-large";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;
export type FrontDoorOptions = { trustedProxyHops: number; maxBodyBytes: number; warn?: (message: string) => void };

/**
 * What every request goes through before Next.js sees it (docs/decisions/0011-custom-server.md):
 * - X-Forwarded-For is replaced by the one client address the server trusts (the socket's peer,
 *   or the address `trustedProxyHops` proxies away), so the app reads a value nobody can forge;
 * - a body over `maxBodyBytes` gets a localized 413 page and is never buffered: refused from its
 *   Content-Length, or as soon as a streamed (chunked) body passes the limit;
 * - the first request whose headers contradict the proxy configuration is logged;
 * - `/{ja,en}/request-too-large`, where deploy/nginx.conf sends bodies it refused, gets that page;
 * - a Cache-Control for shared caches gets their short lifetime (decision 23).
 * Register the handler for the server's `request` and `checkContinue` events.
 */
export function frontDoor(handle: RequestHandler, { trustedProxyHops, maxBodyBytes, warn = console.warn }: FrontDoorOptions) {
  let warned = false;
  const next = (req: IncomingMessage, res: ServerResponse) => {
    shortenSharedCaching(res);
    void Promise.resolve(handle(req, res)).catch((error: unknown) => {
      console.error("Request failed:", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    const peer = req.socket.remoteAddress;
    const header = req.headers["x-forwarded-for"];
    const forwardedFor = Array.isArray(header) ? header.join(", ") : header;
    // Next.js fetches the page a server action redirects to from itself, with the action's
    // request and response headers (x-action-redirect among them, or x-action-forwarded): a
    // loopback request with X-Forwarded-For that is no proxy.
    const fromNextItself = req.headers["x-action-redirect"] !== undefined || req.headers["x-action-forwarded"] !== undefined;
    if (!warned && !fromNextItself) {
      const mismatch = proxyConfigurationMismatch(peer, forwardedFor, trustedProxyHops);
      if (mismatch) {
        warned = true;
        warn(`Warning: ${mismatch}.`);
      }
    }
    req.headers["x-forwarded-for"] = clientAddressFrom(peer, forwardedFor, trustedProxyHops);

    if (isRequestTooLargePath(req.url ?? "")) return refuseTooLarge(req, res);
    const declaredLength = req.headers["content-length"];
    if (declaredLength !== undefined && Number(declaredLength) > maxBodyBytes) return refuseTooLarge(req, res);
    // A client that waits to be told to send its body (Expect: 100-continue) is told only now.
    if (expectsContinue(req)) res.writeContinue();
    if (declaredLength !== undefined || req.headers["transfer-encoding"] === undefined) return next(req, res);
    readBoundedBody(req, maxBodyBytes).then(
      (body) => (body ? next(withBody(req, body), res) : refuseTooLarge(req, res)),
      () => req.socket.destroy(),
    );
  };
}

const CACHE_CONTROL = "cache-control";

function shortenSharedCaching(res: ServerResponse) {
  const setHeader = res.setHeader.bind(res);
  // Called for every header of every answer: the length is compared before any string is made.
  res.setHeader = (name, value) =>
    setHeader(name, name.length === CACHE_CONTROL.length && typeof value === "string" && name.toLowerCase() === CACHE_CONTROL ? forSharedCaches(value) : value);
}

/** How much of a refused body is read and dropped before the connection is closed instead. */
const DISCARD_LIMIT_BYTES = 64 * 1024 * 1024;

const expectsContinue = (req: IncomingMessage) => /100-continue/i.test(req.headers.expect ?? "");

/** A streamed body read into memory up to `maxBytes`; null as soon as it passes that. */
function readBoundedBody(req: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.off("data", onData);
        req.pause();
        resolve(null);
      } else chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks)));
    req.once("error", reject);
    req.once("close", () => reject(new Error("the client closed the connection before the end of its body")));
  });
}

/** The same request with its (already read) body, as if it had been sent with Content-Length. */
function withBody(original: IncomingMessage, body: Buffer): IncomingMessage {
  const req = new IncomingMessage(original.socket);
  req.method = original.method;
  req.url = original.url;
  req.httpVersionMajor = original.httpVersionMajor;
  req.httpVersionMinor = original.httpVersionMinor;
  req.httpVersion = original.httpVersion;
  const { "transfer-encoding": _, ...headers } = original.headers;
  req.headers = { ...headers, "content-length": String(body.length) };
  req.rawHeaders = Object.entries(req.headers).flatMap(([name, value]) => [name, String(value)]);
  req.push(body);
  req.push(null);
  req.complete = true;
  return req;
}

/**
 * Answers 413 with the page in the visitor's language. A body on its way is first read to its end
 * and dropped (no memory kept), so the client, still sending, gets to read the answer instead of
 * a reset connection; past DISCARD_LIMIT_BYTES, or when the client has not sent it yet
 * (Expect: 100-continue), the answer goes at once and the connection is closed.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const declared = Number(req.headers["content-length"] ?? 0);
  const bodyPending = req.headers["transfer-encoding"] !== undefined || declared > 0;
  if (!bodyPending || expectsContinue(req) || declared > DISCARD_LIMIT_BYTES) return answerTooLarge(req, res, bodyPending);
  let discarded = 0;
  req.on("data", (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > DISCARD_LIMIT_BYTES) answerTooLarge(req, res, true);
  });
  req.once("end", () => answerTooLarge(req, res, false));
  req.resume();
}

function answerTooLarge(req: IncomingMessage, res: ServerResponse, closeConnection: boolean): void {
  if (res.headersSent) return;
  const { html } = requestTooLargePage(req.url ?? "/");
  res.writeHead(413, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(html),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...(closeConnection ? { Connection: "close" } : {}),
  });
  res.end(html);
}
