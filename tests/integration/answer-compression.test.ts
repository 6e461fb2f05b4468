import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { compressingAnswers } from "../../scripts/lib/answer-compression";

let server: http.Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

/** The page Next would answer from its cache right now, per path (changed by the tests). */
const cachedPages = new Map<string, string>();

/** Answers like Next.js: a cached page in one `end()` with `x-nextjs-cache`, anything else streamed. */
async function serve(): Promise<string> {
  const handle = compressingAnswers((req, res) => {
    const path = req.url!.split("?", 1)[0]!;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    const page = cachedPages.get(path);
    if (page !== undefined) {
      res.setHeader("x-nextjs-cache", "HIT");
      res.setHeader("Content-Length", Buffer.byteLength(page));
      res.end(page);
      return;
    }
    res.write(`<p>${path}</p>`.repeat(100));
    res.end(`<p>dynamic</p>`);
  });
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

type Answer = { headers: http.IncomingHttpHeaders; text: string };

function get(url: string, headers: http.OutgoingHttpHeaders = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const body = Buffer.concat(chunks);
          const encoding = res.headers["content-encoding"];
          if (res.headers["content-length"] !== undefined) expect(Number(res.headers["content-length"])).toBe(body.length);
          const plain = encoding === "br" ? brotliDecompressSync(body) : encoding === "gzip" ? gunzipSync(body) : body;
          resolve({ headers: res.headers, text: plain.toString("utf8") });
        });
      })
      .on("error", reject);
  });
}

const page = (label: string) => `<!DOCTYPE html><html><body>${`<article>${label} 東京マラソン</article>`.repeat(300)}</body></html>`;

describe("answers compressed by the server", () => {
  it("sends a cached page in the best encoding the client accepts, with Vary, or plain to one that accepts none", async () => {
    const url = await serve();
    cachedPages.set("/ja", page("one"));
    for (const [accept, encoding] of [
      ["gzip, deflate, br, zstd", "br"],
      ["gzip", "gzip"],
      ["br;q=0, gzip", "gzip"],
      ["identity", undefined],
      [undefined, undefined],
    ] as const) {
      const { headers, text } = await get(`${url}/ja`, accept ? { "accept-encoding": accept } : {});
      expect(headers["content-encoding"], accept).toBe(encoding);
      expect(headers.vary).toMatch(/Accept-Encoding/);
      expect(text).toBe(page("one"));
    }
  });

  it("never answers with the copy of an older page: a changed page is compressed anew", async () => {
    const url = await serve();
    cachedPages.set("/en", page("before"));
    for (let i = 0; i < 3; i++) expect((await get(`${url}/en`, { "accept-encoding": "br" })).text).toBe(page("before"));
    // The same length, one letter different: a copy is reused only for the very same content.
    cachedPages.set("/en", page("bEfore"));
    expect((await get(`${url}/en`, { "accept-encoding": "br" })).text).toBe(page("bEfore"));
    expect((await get(`${url}/en`, { "accept-encoding": "gzip" })).text).toBe(page("bEfore"));
  });

  it("gzips answers that are not cached pages on the fly, as they are written", async () => {
    const url = await serve();
    const { headers, text } = await get(`${url}/ja/entry`, { "accept-encoding": "gzip, br" });
    expect(headers["content-encoding"]).toBe("gzip");
    expect(text).toBe(`<p>/ja/entry</p>`.repeat(100) + "<p>dynamic</p>");
  });
});
