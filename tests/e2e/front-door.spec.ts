import http from "node:http";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { startAppServer, type AppServer } from "../../bench/lib/app-server";
import { freePort } from "../../bench/lib/ports";
import { poolConfigFromUrl, withSchema } from "../../lib/db/connection";
import { HONEYPOT_FIELD } from "../../lib/validation/entry-fields";
import { validEntryFields } from "../support/entries";
import { MESSAGES, uniqueEmail } from "./support/entry-form";

/** What a browser without JavaScript sends from the entry form: its hidden fields plus `fields`. */
async function formFromPage(pageUrl: string, fields: Record<string, string>): Promise<FormData> {
  const html = await (await fetch(pageUrl)).text();
  const form = new FormData();
  for (const [, name, value = ""] of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
    form.set(name!, value.replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
  }
  expect(form.has("formToken"), "the entry form is on the page").toBe(true);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

function entryFields(email: string, penName = "ゲートの検証") {
  return { ...validEntryFields({ email, penName, km: "" }), [HONEYPOT_FIELD]: "" };
}

async function encoded(form: FormData): Promise<{ body: Buffer; contentType: string }> {
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("content-type")! };
}

/** POSTs `body` without Content-Length, in chunks, as a streaming client does. */
function postChunked(url: string, body: Buffer, contentType: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: "POST", headers: { "content-type": contentType, "transfer-encoding": "chunked" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.subarray(at, at + 64 * 1024));
    req.end();
  });
}

test.describe("a server of its own with a per-address limit of 5", () => {
  test.describe.configure({ mode: "serial" });
  const schema = "e2e_front_door";
  let server: AppServer;
  let pool: pg.Pool;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const url = withSchema(process.env.E2E_DATABASE_URL!, schema);
    const { schema: _, ...config } = poolConfigFromUrl(url, { max: 2 });
    pool = new pg.Pool(config);
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.query(`CREATE SCHEMA "${schema}"`);
    const port = await freePort();
    server = await startAppServer(port, path.join(os.tmpdir(), `front-door-${port}.log`), {
      DATABASE_URL: url,
      SITE_URL: `http://localhost:${port}`,
      FORM_SECRET: "front-door-secret",
      ENTRY_MIN_FILL_SECONDS: "0",
      ENTRY_RATE_LIMIT_PER_HOUR: "5",
    });
    await pool.query(
      `UPDATE "EntryWindow" SET "opensAt" = now() - interval '1 day', "closesAt" = now() + interval '1 day' WHERE number = 1`,
    );
  });

  test.afterAll(async () => {
    await server?.stop();
    await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
  });

  test("25 submissions from one client, each claiming another X-Forwarded-For, store exactly 5", async () => {
    test.setTimeout(120_000);
    const run = Date.now().toString(36);
    const statuses: number[] = [];
    for (let i = 1; i <= 25; i++) {
      const form = await formFromPage(`${server.url}/ja/entry`, entryFields(`gate-${run}-${i}@example.com`));
      const response = await fetch(`${server.url}/ja/entry`, {
        method: "POST",
        body: form,
        headers: { "x-forwarded-for": `203.0.113.${i}` },
      });
      await response.arrayBuffer();
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${schema}"."Entry" WHERE email LIKE $1`, [
      `gate-${run}-%`,
    ]);
    expect(rows[0]!.n).toBe(5);
  });

  test("a streamed (chunked) body under the limit reaches the form, which answers with what was typed", async () => {
    const penName = `ストリーム${Date.now().toString(36)}`;
    const form = await formFromPage(`${server.url}/ja/entry`, entryFields(uniqueEmail("stream"), penName));
    const { body, contentType } = await encoded(form);
    const { status, text } = await postChunked(`${server.url}/ja/entry`, body, contentType);
    expect(status).toBe(200);
    // The limit of 5 is used up: refused, with the pen name kept in the form.
    expect(text).toContain(MESSAGES.ja.EntryForm.refusals.rateLimited);
    expect(text).toContain(`value="${penName}"`);
  });
});

test.describe("request bodies", () => {
  const sevenMegabytes = Buffer.alloc(7 * 1024 * 1024, "e");

  for (const locale of ["ja", "en"] as const) {
    test(`a 7 MB body sent from /${locale}/entry gets the 413 page in ${locale}, with the way back`, async ({ request }) => {
      const response = await request.post(`/${locale}/entry`, {
        data: sevenMegabytes,
        headers: { "content-type": "multipart/form-data; boundary=x" },
      });
      expect(response.status()).toBe(413);
      const html = await response.text();
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain(MESSAGES[locale].RequestTooLarge.title);
      expect(html).toContain(`href="/${locale}/entry"`);
    });
  }

  test("a streamed (chunked) 7 MB body is refused the same way", async ({ baseURL }) => {
    const { status, text } = await postChunked(`${baseURL}/en/entry`, sevenMegabytes, "multipart/form-data; boundary=x");
    expect(status).toBe(413);
    expect(text).toContain('<html lang="en">');
    expect(text).toContain(MESSAGES.en.RequestTooLarge.title);
  });
});
