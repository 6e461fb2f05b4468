/**
 * `npm run bench:entries [-- --entries 3000 --concurrency 50 --port 3300 --build --keep]`
 *
 * Submits entries through the real HTTP path of the production build (the server action request
 * a browser with JavaScript sends: multipart form, Next-Action header) at a fixed concurrency, then
 * inserts the same rows (entry, 4 consents, outbox email) with plain `pg` into the same database,
 * and checks that every accepted entry is stored exactly once. Then confirms every accepted entry
 * with the link from its mail (lib/entries/confirmation.ts on the same pool: the statement a
 * confirm button runs) and reports confirmations per second separately. Runs against a fresh `bench_entries`
 * schema of DATABASE_URL or the embedded PostgreSQL; results also go to bench/results/.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { poolConfigFromUrl, withSchema } from "../lib/db/connection";
import { confirmByLink } from "../lib/entries/confirmation";
import { issueFormToken } from "../lib/entries/form-token";
import { paragraphs, renderMail } from "../lib/mail/layout";
import { HONEYPOT_FIELD, TOKEN_FIELD } from "../lib/validation/entry-fields";
import { openDatabase, run } from "../scripts/lib/database";
import { startCommand } from "../scripts/lib/start-command";

const { values: options } = parseArgs({
  options: {
    entries: { type: "string", default: "3000" },
    warmup: { type: "string", default: "300" },
    concurrency: { type: "string", default: "50" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "3300" },
    build: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});
const ENTRIES = Number(options.entries);
const WARMUP = Number(options.warmup);
const CONCURRENCY = Number(options.concurrency);
const PORT = Number(options.port);
const SCHEMA = "bench_entries";
const SECRET = randomBytes(24).toString("base64url");
const BASE = `http://127.0.0.1:${PORT}`;

type Submission = { email: string; fields: [string, string][] };

/** A story of ~1,000 characters (about 2.5 KB of UTF-8), different in every entry. */
function submission(i: number, run: string): Submission {
  const email = `bench-${run}-${i}@example.com`;
  const story = `${i}: 毎年、35km地点の給水所で同じランナーさんに会います。「今年も来たよ」と手を振ってくれる、その一瞬のために一年を過ごしている気がします。`.repeat(14);
  return {
    email,
    fields: [
      ["name", `ベンチ 太郎 ${i}`],
      ["email", email],
      ["penName", `ランナー${i}`],
      ["country", "日本"],
      ["role", "runner"],
      ["connectedWith", "給水所のボランティアさん"],
      ["title", `給水所の「おかえり」 #${i}`],
      ["story", story],
      ["myTokyoMarathonIs", "一年に一度の同窓会"],
      ["km", String(i % 43)],
      ["referencedInterviewId", ""],
      ["language", "ja"],
      ["eligibility", "on"],
      ["terms", "on"],
      ["privacy", "on"],
      ["publication", "on"],
      [HONEYPOT_FIELD, ""],
    ],
  };
}

/** The multipart body React sends for `action(previousState, formData)` with the locale bound. */
function actionRequestBody(entry: Submission, actionKey: string, boundJson: string): { body: Buffer; boundary: string } {
  const boundary = `----bench${randomBytes(8).toString("hex")}`;
  const parts: string[] = [];
  const field = (name: string, value: string) =>
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  field("_1_$ACTION_REF_1", "");
  field("_1_$ACTION_1:0", boundJson);
  field("_1_$ACTION_1:1", '["ja",{"status":"idle"}]');
  field("_1_$ACTION_KEY", actionKey);
  field(`_1_${TOKEN_FIELD}`, issueFormToken(new Date(Date.now() - 60_000), SECRET));
  for (const [name, value] of entry.fields) field(`_1_${name}`, value);
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="_1_photo"; filename=""\r\nContent-Type: application/octet-stream\r\n\r\n\r\n`,
  );
  field("0", '["ja",{"status":"idle"},"$K1"]');
  parts.push(`--${boundary}--\r\n`);
  return { body: Buffer.from(parts.join(""), "utf8"), boundary };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function request(method: string, path: string, headers: http.OutgoingHttpHeaders = {}, body?: Buffer) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request(`${BASE}${path}`, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
    });
    req.on("error", reject);
    if (body) req.write(body);
    req.end();
  });
}

/** Runs `count` tasks with `concurrency` in flight; returns each task's latency in ms. */
async function pool<T>(count: number, concurrency: number, task: (i: number) => Promise<T>) {
  const latencies: number[] = new Array(count);
  const results: T[] = new Array(count);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        const t0 = performance.now();
        results[i] = await task(i);
        latencies[i] = performance.now() - t0;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, results };
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summary(label: string, seconds: number, latencies: number[], count: number) {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    label,
    count,
    perSecond: Math.round(count / seconds),
    p50: Math.round(percentile(sorted, 50) * 10) / 10,
    p99: Math.round(percentile(sorted, 99) * 10) / 10,
  };
}

async function startServer(databaseUrl: string): Promise<ChildProcess> {
  // One process (Node with tsx's loader) to signal: it stops the Next.js server before exiting.
  const [command, ...args] = startCommand(PORT);
  const server = spawn(command, args, {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      FORM_SECRET: SECRET,
      ENTRY_MIN_FILL_SECONDS: "0",
      ENTRY_RATE_LIMIT_PER_HOUR: "100000000",
      SMTP_URL: "",
    },
  });
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error("the server exited while starting");
    try {
      if ((await request("GET", "/api/health")).status === 200) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not become healthy in 2 minutes");
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

/** The same rows the server writes for one entry, inserted with plain pg in one statement. */
const RAW_INSERT = `
  WITH entry AS (
    INSERT INTO "Entry" (id, reference, "windowNumber", "submissionKey", name, email, "emailKey", "penName", country,
                         role, "connectedWith", title, story, "myTokyoMarathonIs", km, language, "submittedAt")
    VALUES ($1, $2, 2, $3, $4, $5, $5, $6, $7, 'runner', $8, $9, $10, $11, $12, 'ja', now())
    RETURNING id, "submittedAt"
  ), consent AS (
    INSERT INTO "EntryConsent" ("entryId", kind, "textVersion", "agreedAt")
    SELECT entry.id, kind::"ConsentKind", kind || '-2026-11-draft', entry."submittedAt"
    FROM entry, unnest(ARRAY['eligibility', 'terms', 'privacy', 'publication']) AS kind
  )
  INSERT INTO "OutboxEmail" (id, "entryId", "to", subject, text, html)
  SELECT gen_random_uuid(), entry.id, $5, $13, $14, $15 FROM entry`;

/** A mail of the shared layout (plain text and HTML), like the server's. */
const RAW_MAIL = renderMail("en", { subject: "[Connected Stories] We received your story", blocks: paragraphs("Thank you for your story.") });

async function main() {
  if (options.build || !existsSync(".next/BUILD_ID")) await run("npm", ["run", "build"], { NEXT_TELEMETRY_DISABLED: "1" });
  const database = await openDatabase();
  const url = withSchema(database.url, SCHEMA);
  const { schema: _, ...adminConfig } = poolConfigFromUrl(database.url);
  const admin = new pg.Client(adminConfig);
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await admin.query(`CREATE SCHEMA "${SCHEMA}"`);
  await admin.end();

  let server: ChildProcess | null = null;
  const { schema: __, ...config } = poolConfigFromUrl(url, { max: CONCURRENCY });
  const db = new pg.Pool(config);
  try {
    server = await startServer(url);
    await db.query(`UPDATE "EntryWindow" SET "opensAt" = now() - interval '1 day', "closesAt" = now() + interval '1 day' WHERE number = 1`);

    const page = await request("GET", "/ja/entry");
    const boundJson = /name="\$ACTION_1:0" value="([^"]+)"/.exec(page.text)?.[1]?.replaceAll("&quot;", '"');
    const actionKey = /name="\$ACTION_KEY" value="([^"]+)"/.exec(page.text)?.[1];
    const actionId = boundJson ? (JSON.parse(boundJson) as { id: string }).id : undefined;
    if (!boundJson || !actionKey || !actionId) throw new Error("the entry page has no open form (is window 1 open?)");
    const routerState = encodeURIComponent(
      JSON.stringify(["", { children: [["locale", "ja", "d", null], { children: ["entry", { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0] }, null, null, 16] }, null, null, 16]),
    );

    const runId = Date.now().toString(36);
    const submit = async (entry: Submission) => {
      const { body, boundary } = actionRequestBody(entry, actionKey, boundJson);
      const response = await request(
        "POST",
        "/ja/entry",
        {
          "content-type": `multipart/form-data; boundary=${boundary}`,
          "content-length": body.length,
          accept: "text/x-component",
          "next-action": actionId,
          "next-router-state-tree": routerState,
          origin: BASE,
        },
        body,
      );
      const reference = /"status":"stored","receipt":\{"reference":"(TM27-1-[A-Z0-9]{6})"/.exec(response.text)?.[1];
      const outcome = response.status !== 200 ? `HTTP ${response.status}` : reference ? "stored" : (/"reason":"(\w+)"/.exec(response.text)?.[1] ?? "other");
      return { email: entry.email, reference: response.status === 200 ? reference : undefined, outcome };
    };

    console.log(`Warming up with ${WARMUP} entries…`);
    await pool(WARMUP, CONCURRENCY, (i) => submit(submission(i, `${runId}w`)));

    const load = os.loadavg()[0]!.toFixed(2);
    console.log(`Submitting ${ENTRIES} entries over HTTP at concurrency ${CONCURRENCY} (load average ${load})…`);
    const entries = Array.from({ length: ENTRIES }, (_, i) => submission(i, runId));
    const viaHttp = await pool(ENTRIES, CONCURRENCY, (i) => submit(entries[i]!));
    const accepted = viaHttp.results.filter((result) => result.reference);
    const outcomes: Record<string, number> = {};
    for (const result of viaHttp.results) outcomes[result.outcome] = (outcomes[result.outcome] ?? 0) + 1;

    console.log(`Inserting the same ${ENTRIES} rows with plain pg (pool ${CONCURRENCY})…`);
    const viaPg = await pool(ENTRIES, CONCURRENCY, async (i) => {
      const entry = entries[i]!;
      const value = (name: string) => entry.fields.find(([field]) => field === name)![1];
      await db.query(RAW_INSERT, [
        randomUUID(),
        `RAW-${runId}-${i}`,
        `raw-${runId}-${i}`,
        value("name"),
        `raw-${entry.email}`,
        value("penName"),
        value("country"),
        value("connectedWith"),
        value("title"),
        value("story"),
        value("myTokyoMarathonIs"),
        Number(value("km")),
        RAW_MAIL.subject,
        RAW_MAIL.text,
        RAW_MAIL.html,
      ]);
    });

    const stored = await db.query<{ email: string; rows: number; reference: string }>(
      `SELECT email, count(*)::int AS rows, min(reference) AS reference FROM "Entry" WHERE email LIKE $1 GROUP BY email`,
      [`bench-${runId}-%`],
    );
    const byEmail = new Map(stored.rows.map((row) => [row.email, row]));
    const lost = accepted.filter((result) => byEmail.get(result.email)?.reference !== result.reference).length;
    const duplicated = stored.rows.filter((row) => row.rows > 1).length;
    const storedWithoutAnswer = stored.rows.length - accepted.length;
    const outbox = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "OutboxEmail" o JOIN "Entry" e ON e.id = o."entryId" WHERE e.email LIKE $1`,
      [`bench-${runId}-%`],
    );

    const mails = await db.query<{ text: string }>(
      `SELECT o.text FROM "OutboxEmail" o JOIN "Entry" e ON e.id = o."entryId" WHERE e.email LIKE $1`,
      [`bench-${runId}-%`],
    );
    const links = mails.rows.map((mail) => /token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!);
    console.log(`Confirming ${links.length} entries with their links (pool ${CONCURRENCY})…`);
    const confirming = await pool(links.length, CONCURRENCY, (i) => confirmByLink(db, links[i]!, new Date()));
    const confirmedNow = confirming.results.filter((outcome) => outcome.kind === "confirmed").length;

    const http_ = summary("server action over HTTP", viaHttp.seconds, viaHttp.latencies, accepted.length);
    const confirmations = summary("confirmation statement", confirming.seconds, confirming.latencies, confirmedNow);
    const raw = summary("plain pg insert, same rows", viaPg.seconds, viaPg.latencies, ENTRIES);
    const ratio = Math.round((http_.perSecond / raw.perSecond) * 1000) / 1000;
    console.log("");
    console.log("| Path | Entries stored | Entries/s | p50 ms | p99 ms |");
    console.log("|---|---|---|---|---|");
    for (const row of [http_, raw]) console.log(`| ${row.label} | ${row.count} | ${row.perSecond} | ${row.p50} | ${row.p99} |`);
    console.log("");
    console.log(`Ratio HTTP / plain pg: ${ratio} (target ≥ 0.1); p99 over HTTP ${http_.p99} ms (target < 250 ms)`);
    console.log(
      `Accepted ${accepted.length}/${ENTRIES}; lost ${lost}; duplicated ${duplicated}; stored without an answer ${storedWithoutAnswer}; confirmation emails ${outbox.rows[0]!.n}`,
    );
    console.log(
      `Confirmations: ${confirmedNow}/${links.length} at ${confirmations.perSecond}/s; p50 ${confirmations.p50} ms, p99 ${confirmations.p99} ms`,
    );
    console.log(`Answers: ${Object.entries(outcomes).map(([outcome, count]) => `${outcome} ${count}`).join(", ")}`);
    // Refusals under overload ("unavailable") are answers, not losses; integrity is about what was stored.
    const ok =
      lost === 0 && duplicated === 0 && storedWithoutAnswer === 0 && outbox.rows[0]!.n === stored.rows.length && confirmedNow === stored.rows.length;
    console.log(ok ? "Integrity: every entry stored exactly once." : "Integrity: FAILED");

    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/entries-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
    writeFileSync(
      file,
      JSON.stringify({ at: new Date().toISOString(), cpus: os.cpus().length, loadAverage: load, concurrency: CONCURRENCY, http: http_, raw, ratio, confirmations, accepted: accepted.length, outcomes, lost, duplicated, storedWithoutAnswer }, null, 2),
    );
    console.log(`Results written to ${file}`);
    if (!ok) process.exitCode = 1;
  } finally {
    await db.end();
    if (server) await stopServer(server);
    if (!options.keep) {
      const cleanup = new pg.Client(adminConfig);
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
      await cleanup.end();
    }
    await database.release();
    agent.destroy();
  }
}

await main();
