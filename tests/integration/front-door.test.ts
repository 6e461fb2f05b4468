import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { frontDoor } from "../../scripts/lib/front-door";

const LIMIT = 1_000;
let server: http.Server | null = null;

type Seen = { forwardedFor: string | undefined; contentLength: string | undefined; bodyBytes: number };

/** A server behind the front door whose handler reports what it was given. */
async function serve(trustedProxyHops: number, warnings: string[] = []): Promise<string> {
  const handle = frontDoor(
    async (req, res) => {
      let bodyBytes = 0;
      for await (const chunk of req) bodyBytes += (chunk as Buffer).length;
      const seen: Seen = { forwardedFor: req.headers["x-forwarded-for"] as string, contentLength: req.headers["content-length"], bodyBytes };
      res.end(JSON.stringify(seen));
    },
    { trustedProxyHops, maxBodyBytes: LIMIT, warn: (message) => warnings.push(message) },
  );
  server = http.createServer(handle).on("checkContinue", handle);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

function send(
  url: string,
  { headers = {}, body, chunked = false }: { headers?: http.OutgoingHttpHeaders; body?: Buffer; chunked?: boolean } = {},
): Promise<{ status: number; text: string; informational: number[] }> {
  return new Promise((resolve, reject) => {
    const informational: number[] = [];
    const req = http.request(url, { method: body ? "POST" : "GET", headers: { ...headers, ...(chunked ? { "transfer-encoding": "chunked" } : {}) } });
    req.on("information", (info) => informational.push(info.statusCode));
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString("utf8"), informational }));
    });
    req.on("error", reject);
    if (body && chunked) for (let at = 0; at < body.length; at += 100) req.write(body.subarray(at, at + 100));
    else if (body && !headers.expect) req.write(body);
    if (headers.expect) req.on("continue", () => req.end(body));
    else req.end();
  });
}

const seen = (text: string) => JSON.parse(text) as Seen;

describe("the front door's client address", () => {
  it("without a proxy is the connection's, whatever X-Forwarded-For the client sends", async () => {
    const url = await serve(0);
    for (const claimed of ["6.6.6.6", "203.0.113.1, 203.0.113.2", ""]) {
      const { text } = await send(`${url}/ja`, { headers: claimed ? { "x-forwarded-for": claimed } : {} });
      expect(seen(text).forwardedFor).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    }
  });

  it("behind one proxy is the address that proxy saw, never what the client wrote before it", async () => {
    const url = await serve(1);
    expect(seen((await send(`${url}/ja`, { headers: { "x-forwarded-for": "203.0.113.9" } })).text).forwardedFor).toBe("203.0.113.9");
    expect(seen((await send(`${url}/ja`, { headers: { "x-forwarded-for": "6.6.6.6, 203.0.113.9" } })).text).forwardedFor).toBe(
      "203.0.113.9",
    );
  });

  it("warns once when the headers contradict the configuration", async () => {
    const warnings: string[] = [];
    const url = await serve(1, warnings);
    await send(`${url}/ja`);
    await send(`${url}/ja`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/TRUSTED_PROXY_HOPS is 1, but a request from .* carried no X-Forwarded-For/);
  });
});

describe("the front door's body limit", () => {
  it("answers a declared length over the limit with the 413 page of the path's language; the app never sees it", async () => {
    const url = await serve(0);
    const { status, text } = await send(`${url}/en/entry`, { body: Buffer.alloc(LIMIT + 1) });
    expect(status).toBe(413);
    expect(text).toContain('<html lang="en">');
    const japanese = await send(`${url}/ja/entry`, { body: Buffer.alloc(LIMIT + 1) });
    expect(japanese.text).toContain('<html lang="ja">');
  });

  it("refuses a streamed body once it passes the limit, and hands a smaller one on with its length", async () => {
    const url = await serve(0);
    expect((await send(`${url}/en/entry`, { body: Buffer.alloc(LIMIT * 3), chunked: true })).status).toBe(413);
    const { status, text } = await send(`${url}/en/entry`, { body: Buffer.alloc(LIMIT - 10), chunked: true });
    expect(status).toBe(200);
    expect(seen(text)).toMatchObject({ contentLength: String(LIMIT - 10), bodyBytes: LIMIT - 10 });
  });

  it("tells a client that asks first (Expect: 100-continue) not to send a body over the limit, and to send one under it", async () => {
    const url = await serve(0);
    const refused = await send(`${url}/en/entry`, { headers: { expect: "100-continue", "content-length": LIMIT + 1 }, body: Buffer.alloc(LIMIT + 1) });
    expect(refused).toMatchObject({ status: 413, informational: [] });
    const accepted = await send(`${url}/en/entry`, { headers: { expect: "100-continue", "content-length": 10 }, body: Buffer.alloc(10) });
    expect(accepted).toMatchObject({ status: 200, informational: [100] });
    expect(seen(accepted.text).bodyBytes).toBe(10);
  });
});
