/**
 * `npm run bench:console [-- --reseed] [-- --runs N]`: the staff console on 100,000 entries.
 * Seeds a `bench_console` schema (kept between runs; --reseed rebuilds it) with realistic
 * Japanese and English entries, scores, photos and assignments (each entry to two of the eight
 * reviewers), then measures the server time of one list page (rows + per-status counts, through
 * Prisma, as the page runs them) for typical filters and searches, of a reviewer's queue, of the
 * progress page and of the dashboard's charts, and prints the query plans of any case slower than
 * the target.
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import type { Prisma } from "../lib/generated/prisma/client";
import { poolConfigFromUrl, withSchema } from "../lib/db/connection";
import { DEFAULT_SCHEDULE } from "../lib/campaign/defaults";
import { parseEntryFilter } from "../lib/review/filters";
import { DEFAULT_REVIEWS_PER_ENTRY } from "../lib/review/assignments";
import { entryStatsQuery, entryStats } from "../lib/review/entry-stats";
import { effectiveFilter, entryListQueries, listEntries } from "../lib/review/list";
import { progressQueries, windowProgress } from "../lib/review/progress";
import { nextInQueue, queueFor, queuePosition } from "../lib/review/queue";
import { buildEntry } from "../tests/factories/entries";
import { samplePng } from "../tests/factories/photo";
import { seededRandom } from "../tests/factories/random";
import { databaseLabel, withDatabase } from "../scripts/lib/database";
import { scriptClient } from "../scripts/lib/prepare";

const { values: args } = parseArgs({ options: { reseed: { type: "boolean", default: false }, runs: { type: "string", default: "40" } } });
const SCHEMA = "bench_console";
const ENTRIES = 100_000;
const TARGET_MS = 100;
const RUNS = Number(args.runs);
const REVIEWERS = 8;

type Viewer = { id: string; role: "admin" | "reviewer" };

async function createSchema(client: pg.Client) {
  await client.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
  await client.query(`CREATE SCHEMA "${SCHEMA}"`);
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
  await client.query(`SET search_path TO "${SCHEMA}"`);
  for (const name of migrationNames()) await client.query(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
  // The schema remembers the last migration it was built with, so a newer one rebuilds it.
  await client.query(`COMMENT ON SCHEMA "${SCHEMA}" IS '${migrationNames().at(-1)}'`);
}

const MIGRATIONS = path.resolve("prisma/migrations");

function migrationNames(): string[] {
  return readdirSync(MIGRATIONS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

/** Spreads submissions over the two default windows, like a real campaign. */
function submittedAt(random: ReturnType<typeof seededRandom>, windowNumber: 1 | 2): Date {
  const window = DEFAULT_SCHEDULE.windows[windowNumber - 1]!;
  const span = window.closesAt.getTime() - window.opensAt.getTime();
  return new Date(window.opensAt.getTime() + Math.floor(random.next() * span));
}

const STATUS_MIX = [
  ...Array(50).fill("received"),
  ...Array(25).fill("in_review"),
  ...Array(18).fill("declined"),
  ...Array(6).fill("shortlisted"),
  "featured",
] as const;

async function seed(client: pg.Client): Promise<void> {
  const random = seededRandom(20270301);
  const started = performance.now();
  // Building the short-search index once after loading is several times faster than updating it per row.
  const { rows: [grams] } = await client.query(`SELECT pg_get_indexdef('"Entry_search_grams_idx"'::regclass) AS definition`);
  await client.query(`DROP INDEX "Entry_search_grams_idx"`);
  const reviewers: string[] = [];
  for (let i = 0; i < REVIEWERS; i++) {
    const { rows } = await client.query(
      `INSERT INTO "StaffUser" (id, email, "displayName", "passwordHash", role) VALUES (gen_random_uuid(), $1, $2, 'not-a-hash', 'reviewer') RETURNING id`,
      [`bench-reviewer-${i}@staff.example.jp`, `審査員${i + 1}`],
    );
    reviewers.push(rows[0].id);
  }
  const BATCH = 2000;
  const photo = samplePng(10);
  for (let start = 0; start < ENTRIES; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, ENTRIES - start) }, (_, i) => {
      const sequence = start + i;
      const windowNumber = random.chance(0.55) ? 1 : 2;
      return buildEntry(
        { windowNumber, status: random.pick(STATUS_MIX), submittedAt: submittedAt(random, windowNumber) },
        { random, sequence },
      );
    });
    const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((r) => r[key]);
    await client.query(
      `INSERT INTO "Entry" (id, reference, "windowNumber", "submissionKey", name, email, "emailKey", "penName", country, role,
         "connectedWith", title, story, "myTokyoMarathonIs", km, language, status, "submittedAt", "confirmedAt", "confirmedEmailKey")
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
         $10::"Role"[], $11::text[], $12::text[], $13::text[], $14::text[], $15::int[], $16::"Locale"[], $17::"EntryStatus"[], $18::timestamp(3)[],
         $18::timestamp(3)[], $7::text[])`,
      [
        column("id"), column("reference"), column("windowNumber"), column("submissionKey"), column("name"), column("email"),
        column("emailKey"), column("penName"), column("country"), column("role"), column("connectedWith"), column("title"),
        column("story"), column("myTokyoMarathonIs"), column("km"), column("language"), column("status"),
        rows.map((r) => r.submittedAt.toISOString().replace("T", " ").replace("Z", "")),
      ],
    );
    const scored = rows.filter(() => random.chance(0.4));
    const scores = scored.flatMap((entry) => {
      const who = [...reviewers].sort(() => random.next() - 0.5).slice(0, random.int(2, 3));
      return who.map((reviewerId) => [entry.id, reviewerId, random.int(1, 5), random.int(1, 5), random.int(1, 5)] as const);
    });
    await client.query(
      `INSERT INTO "Score" ("entryId", "reviewerId", connection, originality, storytelling, "updatedAt")
       SELECT e, r, c, o, s, now() FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::int[]) AS t(e, r, c, o, s)`,
      [scores.map((s) => s[0]), scores.map((s) => s[1]), scores.map((s) => s[2]), scores.map((s) => s[3]), scores.map((s) => s[4])],
    );
    const withPhoto = rows.filter(() => random.chance(0.25)).map((r) => r.id);
    await client.query(
      `INSERT INTO "EntryPhoto" ("entryId", "mimeType", width, height, "byteSize", data)
       SELECT id, 'image/png', $2, $3, $4, $5 FROM unnest($1::uuid[]) AS id`,
      [withPhoto, photo.width, photo.height, photo.data.length, photo.data],
    );
    process.stdout.write(`\r  ${start + rows.length} entries`);
  }
  await client.query(`
    INSERT INTO "EntryConsent" ("entryId", kind, "textVersion", "agreedAt")
    SELECT e.id, k, 'terms-2026-11-draft', e."submittedAt"
    FROM "Entry" e, unnest(ARRAY['eligibility', 'terms', 'privacy', 'publication']::"ConsentKind"[]) AS k
    WHERE k <> 'publication' OR right(e.reference, 1) <> 'Z'`);
  await client.query(`
    UPDATE "Entry" e SET "scoreAverage" = s.average, "scoreCount" = s.n, "scoreSpread" = s.spread,
      "scoreRanked" = (p."rankingPriorWeight" * p."rankingPriorMean" + s.average * s.n) / (p."rankingPriorWeight" + s.n)
    FROM (SELECT "entryId", avg(a)::float8 AS average, count(*)::int AS n, (max(a) - min(a))::float8 AS spread
          FROM (SELECT "entryId", (connection + originality + storytelling) / 3.0 AS a FROM "Score") r GROUP BY "entryId") s,
         (SELECT 3.0 AS "rankingPriorMean", 2 AS "rankingPriorWeight") p
    WHERE e.id = s."entryId"`);
  // Each entry to two neighbouring reviewers in turn (even loads); those who scored it did so
  // some days after it came in.
  await client.query(`
    INSERT INTO "Assignment" ("entryId", "reviewerId", "windowNumber", "submittedAt", "scoredAt")
    SELECT e.id, r.id, e."windowNumber", e."submittedAt",
           CASE WHEN s."entryId" IS NOT NULL THEN e."submittedAt" + interval '1 day' * (abs(hashtext(e.id::text)) % 30) END
    FROM (SELECT id, "windowNumber", "submittedAt", row_number() OVER (ORDER BY id) AS n FROM "Entry") e
    JOIN (SELECT id, row_number() OVER (ORDER BY email) - 1 AS k FROM "StaffUser") r ON r.k IN (e.n % ${REVIEWERS}, (e.n + 1) % ${REVIEWERS})
    LEFT JOIN "Score" s ON s."entryId" = e.id AND s."reviewerId" = r.id`);
  await client.query("SET maintenance_work_mem = '256MB'");
  await client.query(grams.definition);
  await client.query("VACUUM ANALYZE");
  console.log(`\r  seeded ${ENTRIES} entries in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

type Case = { name: string; query: Record<string, string>; viewer: "admin" | "reviewer"; pages?: number };

const CASES: Case[] = [
  { name: "newest, no filter", query: {}, viewer: "admin" },
  { name: "newest, page 20 (keyset)", query: {}, viewer: "admin", pages: 20 },
  { name: "window 1, received", query: { window: "1", status: "received" }, viewer: "admin" },
  { name: "window 2, volunteers, English", query: { window: "2", role: "volunteer", language: "en" }, viewer: "admin" },
  { name: "with photo, coaches", query: { photo: "yes", role: "coach" }, viewer: "admin" },
  { name: "not yet scored by me", query: { mine: "unscored", window: "1" }, viewer: "reviewer" },
  { name: "by score", query: { sort: "score" }, viewer: "admin" },
  { name: "score 4–5, window 2, by score", query: { minScore: "4", maxScore: "5", window: "2", sort: "score" }, viewer: "admin" },
  { name: "search ja 清澄白河", query: { q: "清澄白河" }, viewer: "admin" },
  { name: "search ja ゼッケンの裏", query: { q: "ゼッケンの裏" }, viewer: "reviewer" },
  { name: "search ja 2 chars 雷門", query: { q: "雷門" }, viewer: "admin" },
  { name: "search ja 2 chars 佐藤 (rare)", query: { q: "佐藤" }, viewer: "admin" },
  { name: "search ja 1 char 鯛", query: { q: "鯛" }, viewer: "reviewer" },
  { name: "ranked", query: { sort: "ranked" }, viewer: "admin" },
  { name: "fewer than 2 reviews, window 1", query: { fewerReviews: "2", window: "1" }, viewer: "admin" },
  { name: "disagreement ≥ 2, ranked", query: { spread: "2", sort: "ranked" }, viewer: "admin" },
  { name: "search ja pen name 看護師, window 1", query: { q: "看護師", window: "1" }, viewer: "admin" },
  { name: "search en Kuramae", query: { q: "Kuramae" }, viewer: "admin" },
  { name: "search en taiko drums, English", query: { q: "taiko drums", language: "en" }, viewer: "admin" },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

await withDatabase(async (database) => {
  console.log(`Database: ${databaseLabel(database)}, schema ${SCHEMA}`);
  const admin = new pg.Client(poolConfigFromUrl(database.url));
  await admin.connect();
  const existing = await admin
    .query(`SELECT count(*)::int AS n, obj_description('"${SCHEMA}"'::regnamespace) AS migration FROM "${SCHEMA}"."Entry"`)
    .then((r) => r.rows[0] as { n: number; migration: string | null })
    .catch(() => ({ n: 0, migration: null }));
  if (args.reseed || existing.n !== ENTRIES || existing.migration !== migrationNames().at(-1)) {
    console.log(`Seeding ${ENTRIES} entries (once; --reseed to rebuild)…`);
    await createSchema(admin);
    await seed(admin);
  }
  await admin.query(`SET search_path TO "${SCHEMA}"`);
  const url = withSchema(database.url, SCHEMA);
  const db = scriptClient(url);
  const reviewerId = (await admin.query(`SELECT id FROM "StaffUser" ORDER BY email LIMIT 1`)).rows[0].id as string;
  const viewers: Record<Case["viewer"], Viewer> = { admin: { id: reviewerId, role: "admin" }, reviewer: { id: reviewerId, role: "reviewer" } };

  // A reviewer's queue is measured from its middle, where "12 of 340" and "next" cost the most.
  const [middle] = (
    await admin.query(`SELECT "entryId" FROM "Assignment" WHERE "reviewerId" = $1 AND "scoredAt" IS NULL ORDER BY "submittedAt", "entryId" OFFSET 5000 LIMIT 1`, [reviewerId])
  ).rows as { entryId: string }[];

  type Measured = { name: string; run: () => Promise<number>; plans: () => Prisma.Sql[]; times: number[]; total: number };
  const results: { name: string; total: number; p50: number; p95: number; max: number }[] = [];
  const slow: Measured[] = [];
  try {
    const measured: Measured[] = [];
    for (const c of CASES) {
      const viewer = viewers[c.viewer];
      const filter = effectiveFilter(parseEntryFilter(c.query), viewer);
      let cursor: string | undefined;
      for (let page = 1; page < (c.pages ?? 1); page++) cursor = (await listEntries(db, viewer, filter, { cursor })).nextCursor ?? undefined;
      measured.push({
        name: c.name,
        run: async () => (await listEntries(db, viewer, filter, { cursor })).total,
        plans: () => Object.values(entryListQueries(viewer, filter, { cursor })),
        times: [],
        total: 0,
      });
    }
    const other = (name: string, run: () => Promise<number>, plans: () => Prisma.Sql[] = () => []) => measured.push({ name, run, plans, times: [], total: 0 });
    other("my queue (first 50 and counts)", async () => {
      const queue = await queueFor(db, reviewerId);
      return queue.assigned - queue.scored;
    });
    other("queue position (\"12 of 340\")", async () => (await queuePosition(db, reviewerId, middle!.entryId))!.position);
    other("save and next: next in queue", async () => ((await nextInQueue(db, reviewerId, middle!.entryId)) ? 1 : 0));
    for (const windowNumber of [1, 2]) {
      other(`progress page, window ${windowNumber}`, async () => (await windowProgress(db, windowNumber)).short.count, () => Object.values(progressQueries(windowNumber, DEFAULT_REVIEWS_PER_ENTRY)));
    }
    other("dashboard charts", async () => (await entryStats(db)).byKm.reduce((sum, k) => sum + k.count, 0), () => [entryStatsQuery]);

    // Cases are measured round-robin, so a burst of load from elsewhere on the machine spreads
    // over all of them instead of spoiling one.
    const loadBefore = loadavg()[0]!;
    for (let run = 0; run < RUNS + 3; run++) {
      for (const m of measured) {
        const started = performance.now();
        m.total = await m.run();
        const elapsed = performance.now() - started;
        if (run >= 3) m.times.push(elapsed);
      }
    }
    const loadAfter = loadavg()[0]!;
    for (const m of measured) {
      const times = [...m.times].sort((a, b) => a - b);
      const row = { name: m.name, total: m.total, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
      results.push(row);
      console.log(`${row.p95 < TARGET_MS ? "ok  " : "SLOW"} ${row.name.padEnd(40)} ${String(row.total).padStart(6)} matches  p50 ${row.p50.toFixed(1).padStart(6)} ms  p95 ${row.p95.toFixed(1).padStart(6)} ms  max ${row.max.toFixed(1).padStart(6)} ms`);
      if (row.p95 >= TARGET_MS) slow.push(m);
    }
    console.log(`\n${RUNS} runs per case; 1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after (${cpus().length} CPUs)`);
    for (const m of slow) {
      for (const sql of m.plans()) {
        const plan = await admin.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values as unknown[]);
        console.log(`\n--- plan of ${m.name} ---\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
      }
    }
    console.log("\n| Case | Matches | p50 (ms) | p95 (ms) | max (ms) |\n|---|---:|---:|---:|---:|");
    for (const r of results) console.log(`| ${r.name} | ${r.total} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`);
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(`bench/results/console-${new Date().toISOString().slice(0, 19).replace(/:/g, "")}.json`, JSON.stringify({ runs: RUNS, results }, null, 2));
  } finally {
    await db.$disconnect();
    await admin.end();
  }
});
