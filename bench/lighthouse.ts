/**
 * `npm run bench:lighthouse` (after `npm run build`): Lighthouse (mobile, simulated throttling, its
 * defaults) against the production server as `npm start` serves it, no proxy in front, for one page
 * of each type in both languages. Each page is audited `--runs` times, each time in a fresh
 * Chromium, and the median of each figure is reported. See docs/performance.md.
 *
 *   npm run bench:lighthouse -- [--runs 3] [--pages /ja,/en/entry] [--port <app port>] [--reports] [--no-fail]
 *
 * The server runs on a fresh `bench_lighthouse` schema (DATABASE_URL, or the embedded PostgreSQL as
 * for `npm start`): seeded as on a first start, with entry window 1 open (the entry page shows its
 * form) and a few featured stories (the stories page shows cards). Chromium: CHROMIUM_PATH,
 * otherwise Debian's /usr/bin/chromium, otherwise Playwright's. Exits non-zero when a target is
 * missed, unless --no-fail. With --reports, each page's median run is also saved as a whole
 * Lighthouse report (JSON, for the Lighthouse viewer) beside the results.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import lighthouse, { type Result } from "lighthouse";
import pg from "pg";
import { poolConfigFromUrl, withSchema } from "../lib/db/connection";
import { openDatabase } from "../scripts/lib/database";
import { prepareDatabase, scriptClient } from "../scripts/lib/prepare";
import { buildEntry, createEntry } from "../tests/factories/entries";
import { assertBuilt, startAppServer, type AppServer } from "./lib/app-server";
import { freePort, waitForPort } from "./lib/ports";
import { median } from "./lib/wrk";

/** One page of each type, in both languages. */
const PAGES = ["/ja", "/en", "/ja/relay/2025", "/en/relay/2025", "/ja/relay/2025/12", "/en/relay/2025/12", "/ja/entry", "/en/entry", "/ja/stories", "/en/stories"];

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];

const TARGETS = {
  /** Lowest category scores (0–100). */
  scores: { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 } satisfies Record<Category, number>,
  /** Cumulative layout shift, strictly below. */
  cls: 0.05,
};

/**
 * Below this benchmark index, other work held the CPU (on this 2-core machine: 74–660 under heavy
 * load, 1,000–1,700 with light load; Lighthouse calibrates its throttling for about 1,000+).
 */
const QUIET_BENCHMARK_INDEX = 1000;

const { values: flags } = parseArgs({
  options: {
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "3" },
    pages: { type: "string", default: process.env.BENCH_PAGES },
    port: { type: "string", default: process.env.BENCH_PORT },
    reports: { type: "boolean", default: false },
    "no-fail": { type: "boolean", default: false },
  },
});
const runs = Number(flags.runs);
if (!Number.isInteger(runs) || runs <= 0) throw new Error(`--runs must be a positive whole number, not ${flags.runs}`);
const pages = flags.pages ? flags.pages.split(",").map((p) => p.trim()) : PAGES;
const SCHEMA = "bench_lighthouse";

const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : chromium.executablePath());

type Figures = {
  scores: Record<Category, number>;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  transferKib: number;
  /** Lighthouse's measure of this machine's speed at the time (higher is faster; it scales TBT). */
  benchmarkIndex: number;
};

/** What explains a run's figures: audits below full marks outside performance, the LCP element, shifts. */
type Diagnostics = {
  failedAudits: { category: Category; id: string; title: string }[];
  lcpElement: string | null;
  layoutShifts: { node: string; score: number }[];
  mainThreadMs: Record<string, number>;
  largestRequests: { url: string; kib: number }[];
};

function figures(lhr: Result): Figures {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>,
    lcpMs: numeric("largest-contentful-paint"),
    cls: numeric("cumulative-layout-shift"),
    tbtMs: numeric("total-blocking-time"),
    fcpMs: numeric("first-contentful-paint"),
    transferKib: numeric("total-byte-weight") / 1024,
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

type Item = Record<string, unknown> & { node?: { selector?: string; snippet?: string } };
function items(lhr: Result, id: string): Item[] {
  const details = lhr.audits[id]?.details as { items?: Item[] } | undefined;
  return details?.items ?? [];
}

function diagnostics(lhr: Result): Diagnostics {
  const failedAudits = CATEGORIES.filter((c) => c !== "performance").flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => ({ category, id: ref.id, title: lhr.audits[ref.id]!.title })),
  );
  const lcpItem = (items(lhr, "largest-contentful-paint-element")[0] as { items?: Item[] } | undefined)?.items?.[0];
  return {
    failedAudits,
    lcpElement: lcpItem?.node?.selector ?? null,
    layoutShifts: items(lhr, "layout-shifts").map((item) => ({ node: item.node?.snippet ?? "?", score: Number(item.score) })),
    mainThreadMs: Object.fromEntries(items(lhr, "mainthread-work-breakdown").map((item) => [String(item.group), Math.round(Number(item.duration))])),
    largestRequests: items(lhr, "network-requests")
      .map((item) => ({ url: String(item.url), kib: Math.round(Number(item.transferSize) / 102.4) / 10 }))
      .sort((a, b) => b.kib - a.kib)
      .slice(0, 5),
  };
}

/** One Lighthouse run in a Chromium of its own (fresh profile: nothing cached from earlier runs). */
async function audit(url: string): Promise<Result> {
  const port = await freePort();
  const profile = await mkdtemp(path.join(os.tmpdir(), "bench-lighthouse-chromium-"));
  const browser = spawn(
    chromiumPath,
    [
      "--headless=new",
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "about:blank",
    ],
    { stdio: "ignore" },
  );
  try {
    await waitForPort(port, 30_000);
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    const exited = new Promise((resolve) => browser.once("exit", resolve));
    browser.kill("SIGTERM");
    await exited;
    await rm(profile, { recursive: true, force: true });
  }
}

function medianFigures(all: Figures[]): Figures {
  const of = (pick: (f: Figures) => number) => median(all.map(pick));
  return {
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, of((f) => f.scores[c])])) as Record<Category, number>,
    lcpMs: of((f) => f.lcpMs),
    cls: of((f) => f.cls),
    tbtMs: of((f) => f.tbtMs),
    fcpMs: of((f) => f.fcpMs),
    transferKib: of((f) => f.transferKib),
    benchmarkIndex: of((f) => f.benchmarkIndex),
  };
}

function misses(f: Figures): string[] {
  return [
    ...CATEGORIES.filter((c) => f.scores[c] < TARGETS.scores[c]).map((c) => `${c} ${f.scores[c]} < ${TARGETS.scores[c]}`),
    ...(f.cls >= TARGETS.cls ? [`CLS ${f.cls.toFixed(3)} ≥ ${TARGETS.cls}`] : []),
  ];
}

/** Entry window 1 open around now, and featured stories in both languages (the pages' usual content). */
async function prepareContent(url: string) {
  await prepareDatabase(url, { log: () => {} });
  const db = scriptClient(url);
  try {
    await db.entryWindow.update({ where: { number: 1 }, data: { opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() + 86_400_000) } });
    for (let i = 0; i < 6; i++) {
      const language = i % 3 === 2 ? "en" : "ja";
      const entry = await createEntry(db, { language, status: "featured", photo: i % 2 === 0 });
      const translation = buildEntry({ language: language === "ja" ? "en" : "ja" });
      const [ja, en] = language === "ja" ? [entry, translation] : [translation, entry];
      await db.featuredStory.create({
        data: {
          entryId: entry.id,
          sourceLanguage: language,
          titleJa: ja.title,
          storyJa: ja.story,
          titleEn: en.title,
          storyEn: en.story,
          translationStatus: "done",
          publishedAt: new Date(),
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

const fmt = {
  ms: (n: number) => `${Math.round(n).toLocaleString("en")} ms`,
  s: (n: number) => `${(n / 1000).toFixed(1)} s`,
  kib: (n: number) => `${Math.round(n)} KiB`,
};

function report(results: { page: string; median: Figures }[]): string {
  return [
    "| Page | Perf | A11y | Best pr. | SEO | FCP | LCP | CLS | TBT | Transferred | Result |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...results.map(({ page, median: f }) => {
      const cells = [
        `\`${page}\``,
        ...CATEGORIES.map((c) => String(f.scores[c])),
        fmt.s(f.fcpMs),
        fmt.s(f.lcpMs),
        f.cls.toFixed(3),
        fmt.ms(f.tbtMs),
        fmt.kib(f.transferKib),
        misses(f).length ? "FAIL" : "PASS",
      ];
      return `| ${cells.join(" | ")} |`;
    }),
  ].join("\n");
}

async function main() {
  assertBuilt();
  const started = new Date().toISOString();
  const loadAtStart = os.loadavg().map((n) => n.toFixed(2)).join(" ");
  console.log(`${started} · Lighthouse (mobile, simulated throttling) · ${chromiumPath} · median of ${runs} · load ${loadAtStart}`);

  const database = await openDatabase();
  const url = withSchema(database.url, SCHEMA);
  const { schema: _, ...config } = poolConfigFromUrl(database.url, { max: 1 });
  const admin = new pg.Pool(config);
  admin.on("error", (error) => console.error("[bench] idle database connection failed:", error.message));
  let server: AppServer | null = null;
  const results: { page: string; median: Figures; runs: Figures[]; diagnostics: Diagnostics }[] = [];
  const reportsDir = path.join("bench/results", `lighthouse-${started.replaceAll(":", "-")}`);
  if (flags.reports) await mkdir(reportsDir, { recursive: true });
  let lighthouseVersion = "";
  try {
    await admin.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
    await admin.query(`CREATE SCHEMA "${SCHEMA}"`);
    await prepareContent(url);
    const port = flags.port ? Number(flags.port) : await freePort();
    console.log(`Starting the production server on port ${port}…`);
    server = await startAppServer(port, path.join(os.tmpdir(), `bench-lighthouse-${port}.log`), { DATABASE_URL: url, FORM_SECRET: "bench-lighthouse-form-secret", SMTP_URL: "" });

    for (const page of pages) {
      // The first request renders and caches the page, as for any visitor after a deploy.
      const first = await fetch(server.url + page);
      await first.arrayBuffer();
      if (!first.ok) throw new Error(`${page} answered ${first.status}`);
      const lhrs: Result[] = [];
      for (let i = 0; i < runs; i++) {
        lhrs.push(await audit(server.url + page));
        const f = figures(lhrs.at(-1)!);
        console.log(`${page} run ${i + 1}: ${CATEGORIES.map((c) => f.scores[c]).join(" / ")}, LCP ${fmt.s(f.lcpMs)}, CLS ${f.cls.toFixed(3)}, TBT ${fmt.ms(f.tbtMs)} (load ${os.loadavg()[0]!.toFixed(2)}, benchmark index ${Math.round(f.benchmarkIndex)})`);
      }
      lighthouseVersion = lhrs[0]!.lighthouseVersion;
      // Lighthouse's own warnings, such as a CPU slower than it expects (another load on the machine).
      for (const warning of new Set(lhrs.flatMap((lhr) => lhr.runWarnings))) console.log(`  Lighthouse warns: ${warning}`);
      const all = lhrs.map(figures);
      const middle = medianFigures(all);
      // Diagnostics of the run whose performance score is the median one.
      const byPerformance = [...lhrs].sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
      const medianRun = byPerformance[Math.floor(byPerformance.length / 2)]!;
      results.push({ page, median: middle, runs: all, diagnostics: diagnostics(medianRun) });
      if (flags.reports) await writeFile(path.join(reportsDir, `${page.slice(1).replaceAll("/", "_")}.json`), JSON.stringify(medianRun));
    }
  } finally {
    await server?.stop();
    await admin.query(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`).catch(() => {});
    await admin.end();
    await database.release();
  }

  const loadAtEnd = os.loadavg().map((n) => n.toFixed(2)).join(" ");
  console.log(`\n${report(results)}\n`);
  for (const { page, median: f, diagnostics: d } of results) {
    if (misses(f).length === 0) continue;
    console.log(`${page}: FAIL ${misses(f).join("; ")}`);
    for (const a of d.failedAudits) console.log(`  ${a.category}: ${a.id} (${a.title})`);
    if (f.cls >= TARGETS.cls) for (const s of d.layoutShifts) console.log(`  shift ${s.score.toFixed(3)}: ${s.node}`);
  }
  console.log(`Load average at the start ${loadAtStart}, at the end ${loadAtEnd} (TBT and Performance suffer most from other work).`);
  const busy = results.filter((r) => r.median.benchmarkIndex < QUIET_BENCHMARK_INDEX).map((r) => r.page);
  if (busy.length) console.log(`The CPU was busy (benchmark index < ${QUIET_BENCHMARK_INDEX}) while auditing ${busy.join(", ")}: re-run their TBT and Performance on a quiet machine.`);
  const missed = results.filter((r) => misses(r.median).length > 0);
  if (missed.length === 0) console.log("All targets met.");

  await mkdir("bench/results", { recursive: true });
  const saved = path.join("bench/results", `lighthouse-${started.replaceAll(":", "-")}.json`);
  const machine = { cpus: os.availableParallelism(), node: process.version, loadAtStart, loadAtEnd };
  await writeFile(saved, JSON.stringify({ started, lighthouse: lighthouseVersion, chromium: chromiumPath, machine, runs, targets: TARGETS, results }, null, 2));
  console.log(`Results saved to ${saved}`);
  process.exit(missed.length > 0 && !flags["no-fail"] ? 1 : 0);
}

await main();
