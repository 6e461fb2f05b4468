/**
 * `npm run bench:abuse [-- --duration 20 --quiet 10 --concurrency 10 --port 3300 --rate-limit N]`
 * (after `npm run build`)
 *
 * Can hostile entries stall the site? Starts the production server as `npm start` does, on a
 * fresh `bench_abuse` schema with entry window 1 open, and measures `/api/health` and `/ja` from a
 * connection of their own, first on a quiet server (--quiet seconds), then while `--concurrency`
 * clients send hostile entries for --duration seconds, round robin:
 *   - a story of 3,999 "Zalgo" clusters (e + 99 × U+0301, 796 KB), the longest the form counts;
 *   - ~1 MB of the same clusters (too long, but only a segmenter can tell);
 *   - a valid story with a 100-megapixel PNG (a few hundred KB that decode to 400 MB of pixels);
 *   - a 7 MB body (over the request limit).
 * Prints p50/p99/max of both probes in both phases and every 5xx. Target (2 cores): health p99
 * under attack < 200 ms, max < 500 ms, no 5xx. The server's per-address limit is lifted unless
 * --rate-limit is given: the attack stands for many addresses (a botnet), not one.
 */
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import sharp from "sharp";
import { poolConfigFromUrl, withSchema } from "../lib/db/connection";
import { issueFormToken } from "../lib/entries/form-token";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "../lib/validation/entry-fields";
import { openDatabase } from "../scripts/lib/database";
import { validEntryFields } from "../tests/support/entries";
import { assertBuilt, startAppServer, type AppServer } from "./lib/app-server";

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    quiet: { type: "string", default: "10" },
    concurrency: { type: "string", default: "10" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3300" },
    "rate-limit": { type: "string", default: "1000000000" },
  },
});
const DURATION_MS = Number(flags.duration) * 1000;
const QUIET_MS = Number(flags.quiet) * 1000;
const CONCURRENCY = Number(flags.concurrency);
const PORT = Number(flags.port);
const SCHEMA = "bench_abuse";
const SECRET = "bench-abuse-form-secret";
const TARGETS = { healthP99Ms: 200, healthMaxMs: 500 };

type Answer = { status: number; ms: number };

function send(url: string, agent: http.Agent, init: { method?: string; headers?: http.OutgoingHttpHeaders; body?: Buffer } = {}) {
  return new Promise<Answer>((resolve) => {
    const started = performance.now();
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, agent, timeout: 60_000 }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
    });
    // A connection reset or timeout counts as a failure (status 0), like a 5xx.
    req.on("error", () => resolve({ status: 0, ms: performance.now() - started }));
    req.on("timeout", () => req.destroy());
    req.end(init.body);
  });
}

const ZALGO_CLUSTER = `e${"\u0301".repeat(99)}`;

function fields(i: number, story: string): Record<string, string> {
  return {
    ...validEntryFields({ email: `abuse-${Date.now().toString(36)}-${i}@example.com`, penName: "zalgo", title: "hostile", story }),
    [TOKEN_FIELD]: issueFormToken(new Date(Date.now() - 60_000), SECRET),
    [HONEYPOT_FIELD]: "",
  };
}

/** A no-JavaScript form post of the entry form (its hidden action fields from the page). */
async function body(actionFields: Record<string, string>, entry: Record<string, string>, photo?: Buffer) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...actionFields, ...entry })) form.set(name, value);
  form.set("photo", photo ? new File([new Uint8Array(photo)], "huge.png", { type: "image/png" }) : new File([], ""));
  const request = new Request("http://localhost/", { method: "POST", body: form });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("content-type")! };
}

function stats(answers: Answer[]) {
  const sorted = answers.map((a) => a.ms).sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    count: answers.length,
    p50: round(at(50)),
    p99: round(at(99)),
    max: round(sorted.at(-1) ?? NaN),
    failures: answers.filter((a) => a.status === 0 || a.status >= 500).length,
  };
}

/** Health and /ja, one after the other on one keep-alive connection each, until `until()` is false. */
async function probe(base: string, keepGoing: () => boolean) {
  const healthAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const pageAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const health: Answer[] = [];
  const page: Answer[] = [];
  while (keepGoing()) {
    health.push(await send(`${base}/api/health`, healthAgent));
    page.push(await send(`${base}/ja`, pageAgent));
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  healthAgent.destroy();
  pageAgent.destroy();
  return { health: stats(health), page: stats(page) };
}

async function main() {
  assertBuilt();
  const database = await openDatabase();
  const url = withSchema(database.url, SCHEMA);
  const { schema: _, ...config } = poolConfigFromUrl(url, { max: 2 });
  const db = new pg.Pool(config);
  db.on("error", (error) => console.error("[bench] idle database connection failed:", error.message));
  let server: AppServer | null = null;
  try {
    await db.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await db.query(`CREATE SCHEMA "${SCHEMA}"`);
    console.log(`Starting the production server on port ${PORT}…`);
    server = await startAppServer(PORT, path.join(os.tmpdir(), `bench-abuse-${PORT}.log`), {
      DATABASE_URL: url,
      FORM_SECRET: SECRET,
      ENTRY_MIN_FILL_SECONDS: "0",
      ENTRY_RATE_LIMIT_PER_HOUR: flags["rate-limit"]!,
      SMTP_URL: "",
    });
    await db.query(`UPDATE "EntryWindow" SET "opensAt" = now() - interval '1 day', "closesAt" = now() + interval '1 day' WHERE number = 1`);

    const page = await (await fetch(`${server.url}/ja/entry`)).text();
    const actionFields: Record<string, string> = {};
    for (const [, name, value = ""] of page.matchAll(/<input type="hidden" name="(\$ACTION[^"]+)"(?: value="([^"]*)")?\/>/g)) {
      actionFields[name!] = value.replaceAll("&quot;", '"').replaceAll("&amp;", "&");
    }
    if (!actionFields.$ACTION_KEY) throw new Error("the entry page has no open form");

    console.log("Preparing the hostile payloads (a 100-megapixel PNG with sharp)…");
    const hugePng = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: "#88aa44" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const validStory = "スタートの号砲を待つあいだ、となりのランナーと交わした言葉を今も覚えています。".repeat(6);
    const payloads = [
      { kind: "Zalgo story, 3,999 clusters", make: (i: number) => body(actionFields, fields(i, ZALGO_CLUSTER.repeat(3999))) },
      { kind: "~1 MB of combining marks", make: (i: number) => body(actionFields, fields(i, ZALGO_CLUSTER.repeat(5270))) },
      { kind: "100-megapixel PNG", make: (i: number) => body(actionFields, fields(i, validStory), hugePng) },
      {
        kind: "7 MB body",
        make: async () => ({ body: Buffer.alloc(7 * 1024 * 1024, "e"), contentType: "multipart/form-data; boundary=x" }),
      },
    ];
    for (const payload of payloads) {
      const sample = await payload.make(0);
      console.log(`  ${payload.kind}: ${(sample.body.length / 1024).toFixed(0)} KB`);
    }

    console.log(`Quiet: probing /api/health and /ja for ${QUIET_MS / 1000} s (load average ${os.loadavg()[0]!.toFixed(2)})…`);
    const quietUntil = Date.now() + QUIET_MS;
    const quiet = await probe(server.url, () => Date.now() < quietUntil);

    console.log(`Attack: ${CONCURRENCY} clients for ${DURATION_MS / 1000} s, probing alongside…`);
    const attackUntil = Date.now() + DURATION_MS;
    const attackAgent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const byKind: Record<string, Record<string, number>> = {};
    let sent = 0;
    const attackers = Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < attackUntil) {
        const i = sent++;
        const payload = payloads[i % payloads.length]!;
        const { body: bytes, contentType } = await payload.make(i);
        const answer = await send(`${server!.url}/ja/entry`, attackAgent, {
          method: "POST",
          headers: { "content-type": contentType, "content-length": bytes.length, origin: server!.url },
          body: bytes,
        });
        const outcomes = (byKind[payload.kind] ??= {});
        const key = answer.status === 0 ? "reset/timeout" : `HTTP ${answer.status}`;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
      }
    });
    const [attacked] = await Promise.all([probe(server.url, () => Date.now() < attackUntil), ...attackers]);
    attackAgent.destroy();

    const row = (label: string, s: ReturnType<typeof stats>) =>
      `| ${label} | ${s.count} | ${s.p50} | ${s.p99} | ${s.max} | ${s.failures} |`;
    console.log("\n| Probe | Requests | p50 ms | p99 ms | max ms | 5xx/failed |\n|---|---:|---:|---:|---:|---:|");
    console.log(row("/api/health, quiet", quiet.health));
    console.log(row("/api/health, under attack", attacked.health));
    console.log(row("/ja, quiet", quiet.page));
    console.log(row("/ja, under attack", attacked.page));
    console.log("\nHostile requests by kind and answer:");
    for (const [kind, outcomes] of Object.entries(byKind)) {
      console.log(`  ${kind}: ${Object.entries(outcomes).map(([k, n]) => `${k} × ${n}`).join(", ")}`);
    }
    const attack5xx = Object.values(byKind).flatMap((o) => Object.entries(o)).filter(([k]) => k === "reset/timeout" || /HTTP 5/.test(k)).reduce((n, [, c]) => n + c, 0);
    const stored = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Entry" WHERE email LIKE 'abuse-%'`);
    console.log(`Hostile entries stored: ${stored.rows[0]!.n}; 5xx or failed hostile requests: ${attack5xx}`);
    const missed = [
      attacked.health.p99 >= TARGETS.healthP99Ms && `health p99 under attack ${attacked.health.p99} ms ≥ ${TARGETS.healthP99Ms} ms`,
      attacked.health.max >= TARGETS.healthMaxMs && `health max under attack ${attacked.health.max} ms ≥ ${TARGETS.healthMaxMs} ms`,
      attack5xx + attacked.health.failures + attacked.page.failures > 0 && "5xx or failed requests",
    ].filter(Boolean);
    console.log(missed.length ? `FAIL ${missed.join("; ")}` : "All targets met.");
    console.log(`Load average at the end: ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}; server log: ${server.log}`);
    if (missed.length) process.exitCode = 1;
  } finally {
    await server?.stop();
    await db.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`).catch(() => {});
    await db.end();
    await database.release();
  }
}

await main();
