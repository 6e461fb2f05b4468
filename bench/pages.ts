/**
 * `npm run bench:pages` (after `npm run build`): throughput and latency of the public pages on the
 * production server, against the same HTML bytes served as a static file by nginx (the physical
 * limit on this machine) and against nginx as a caching proxy in front of the app, every request
 * sending Accept-Encoding as a browser does. Also reports the app process's CPU time per request
 * (the figure a loaded machine hardly changes) and each page's first-load JavaScript (gzip). See
 * docs/performance.md.
 *
 *   npm run bench:pages -- [--duration 10] [--connections 50] [--threads 2] [--runs 3]
 *                          [--warmup 3] [--port <app port>] [--pages /ja,/en] [--no-fail]
 *
 * The same settings can come from BENCH_DURATION, BENCH_CONNECTIONS, BENCH_THREADS, BENCH_RUNS,
 * BENCH_WARMUP and BENCH_PAGES. DATABASE_URL or EMBEDDED_PG_PORT choose the database as for
 * `npm start`. Exits non-zero when a target is missed, unless --no-fail.
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { assertBuilt, startAppServer, type AppServer } from "./lib/app-server";
import { processCpuMicros } from "./lib/cpu";
import { gzipSize, measureFirstLoadJs, type FirstLoadJs } from "./lib/first-load-js";
import { startNginx, type Nginx } from "./lib/nginx";
import { freePort } from "./lib/ports";
import { median, medianResult, runWrk, type WrkOptions, type WrkResult } from "./lib/wrk";

/** Pages that answer 404 (not built yet) are skipped with a message. */
const PAGES = ["/ja", "/en", "/ja/relay/2025", "/en/relay/2025", "/ja/relay/2025/12", "/en/relay/2025/12"];

const TARGETS = {
  /** App req/s as a share of nginx serving the same bytes as a static file. */
  appShareOfStatic: 0.05,
  appP99Ms: 100,
  /** CPU time of the app process per cached page. */
  appCpuMicrosPerRequest: 500,
  /** nginx caching proxy (cache hits) as a share of the static file. */
  proxyShareOfStatic: 0.8,
  firstLoadJsGzipKb: 130,
};

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: process.env.BENCH_DURATION ?? "10" },
    connections: { type: "string", default: process.env.BENCH_CONNECTIONS ?? "50" },
    threads: { type: "string", default: process.env.BENCH_THREADS ?? "2" },
    runs: { type: "string", default: process.env.BENCH_RUNS ?? "3" },
    warmup: { type: "string", default: process.env.BENCH_WARMUP ?? "3" },
    port: { type: "string" },
    pages: { type: "string", default: process.env.BENCH_PAGES },
    "no-fail": { type: "boolean", default: false },
  },
});

function positiveInteger(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number, not ${value}`);
  return n;
}

const wrkOptions: WrkOptions = {
  durationSeconds: positiveInteger("duration", flags.duration),
  connections: positiveInteger("connections", flags.connections),
  threads: positiveInteger("threads", flags.threads),
};
const runs = positiveInteger("runs", flags.runs);
const warmup: WrkOptions = { ...wrkOptions, durationSeconds: positiveInteger("warmup", flags.warmup) };
const pages = flags.pages ? flags.pages.split(",").map((p) => p.trim()) : PAGES;

type Server = "app" | "static" | "proxy";
type PageResult = {
  page: string;
  results: Record<Server, WrkResult>;
  runs: Record<Server, WrkResult[]>;
  /** Median over the runs of the app process's CPU time divided by its answers. */
  appCpuMicrosPerRequest: number;
  cacheControl: string;
  proxyCacheStatus: { before: string; after: string };
  htmlBytes: number;
  htmlGzipBytes: number;
  firstLoadJs: FirstLoadJs;
};

function requireCommand(command: string, args: string[]) {
  const probe = spawnSync(command, args, { stdio: "ignore" });
  if (probe.error) throw new Error(`${command} is needed for this benchmark (Debian: apt-get install ${command}).`);
}

async function machine() {
  const cpuinfo = await readFile("/proc/cpuinfo", "utf8").catch(() => "");
  return {
    date: new Date().toISOString(),
    cpus: os.availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: os.loadavg().map((n) => n.toFixed(2)).join(" "),
  };
}

/** HIT, STALE, UPDATING and REVALIDATED answers come from nginx's cache; MISS and EXPIRED do not. */
const FROM_CACHE = new Set(["HIT", "STALE", "UPDATING", "REVALIDATED"]);

async function proxyCacheStatus(url: string): Promise<string> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.headers.get("x-cache-status") ?? "none";
}

async function benchPage(page: string, app: AppServer, proxyUrl: string, staticUrl: string, staticDir: string) {
  const first = await fetch(app.url + page);
  await first.arrayBuffer();
  if (first.status === 404) {
    console.log(`${page}: 404, skipped (page not built yet)`);
    return null;
  }
  if (!first.ok) throw new Error(`${page} answered ${first.status}`);

  console.log(`${page}: warming up the app and the proxy (${warmup.durationSeconds} s each)`);
  await runWrk(app.url + page, warmup);
  const response = await fetch(app.url + page);
  const html = new Uint8Array(await response.arrayBuffer());
  const cacheControl = response.headers.get("cache-control") ?? "";
  const fileName = `page-${page.replaceAll("/", "_")}.html`;
  await writeFile(path.join(staticDir, fileName), html);

  await proxyCacheStatus(proxyUrl + page);
  await runWrk(proxyUrl + page, warmup);
  const before = await proxyCacheStatus(proxyUrl + page);

  const measured: Record<Server, WrkResult[]> = { app: [], static: [], proxy: [] };
  const appCpu: number[] = [];
  const urls: Record<Server, string> = { app: app.url + page, static: `${staticUrl}/${fileName}`, proxy: proxyUrl + page };
  // Interleaved, so a burst of load from elsewhere on the machine hits all three alike.
  for (let run = 1; run <= runs; run++) {
    for (const server of ["app", "static", "proxy"] as const) {
      const cpuBefore = processCpuMicros(app.pid);
      const result = await runWrk(urls[server], wrkOptions);
      const cpu = server === "app" ? (processCpuMicros(app.pid) - cpuBefore) / result.requests : null;
      if (cpu !== null) appCpu.push(cpu);
      measured[server].push(result);
      console.log(
        `${page} run ${run}/${runs} ${server.padEnd(6)} ${fmtRps(result.requestsPerSecond)} req/s  p50 ${fmtMs(result.p50Ms)}  p99 ${fmtMs(result.p99Ms)}${cpu === null ? "" : `  app CPU ${fmtUs(cpu)}/request`}`,
      );
    }
  }
  const after = await proxyCacheStatus(proxyUrl + page);
  console.log(`${page}: nginx proxy X-Cache-Status ${before} before the runs, ${after} after`);

  return {
    page,
    runs: measured,
    results: { app: medianResult(measured.app), static: medianResult(measured.static), proxy: medianResult(measured.proxy) },
    appCpuMicrosPerRequest: median(appCpu),
    cacheControl,
    proxyCacheStatus: { before, after },
    htmlBytes: html.length,
    htmlGzipBytes: gzipSize(html),
    firstLoadJs: await measureFirstLoadJs(app.url, new TextDecoder().decode(html)),
  } satisfies PageResult;
}

const fmtRps = (n: number) => Math.round(n).toLocaleString("en-US").padStart(7);
const fmtMs = (n: number) => (n < 10 ? `${n.toFixed(2)} ms` : `${Math.round(n)} ms`).padStart(8);
const fmtUs = (n: number) => `${Math.round(n)} µs`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The targets a page misses, in words; empty when it meets them all. */
function failures(r: PageResult): string[] {
  const missed: string[] = [];
  const appShare = r.results.app.requestsPerSecond / r.results.static.requestsPerSecond;
  const proxyShare = r.results.proxy.requestsPerSecond / r.results.static.requestsPerSecond;
  if (appShare < TARGETS.appShareOfStatic) missed.push(`app ${appShare.toFixed(3)}× static < ${TARGETS.appShareOfStatic}×`);
  if (r.results.app.p99Ms >= TARGETS.appP99Ms) missed.push(`app p99 ${fmtMs(r.results.app.p99Ms).trim()} ≥ ${TARGETS.appP99Ms} ms`);
  if (r.appCpuMicrosPerRequest > TARGETS.appCpuMicrosPerRequest) {
    missed.push(`app CPU ${fmtUs(r.appCpuMicrosPerRequest)}/request > ${TARGETS.appCpuMicrosPerRequest} µs`);
  }
  if (proxyShare < TARGETS.proxyShareOfStatic) missed.push(`proxy ${proxyShare.toFixed(2)}× static < ${TARGETS.proxyShareOfStatic}×`);
  if (!FROM_CACHE.has(r.proxyCacheStatus.before) || !FROM_CACHE.has(r.proxyCacheStatus.after)) {
    missed.push(`proxy not serving from its cache (X-Cache-Status ${r.proxyCacheStatus.before} → ${r.proxyCacheStatus.after})`);
  }
  if (!/s-maxage=\d+/.test(r.cacheControl) || !/stale-while-revalidate/.test(r.cacheControl)) {
    missed.push(`Cache-Control "${r.cacheControl}" lacks s-maxage + stale-while-revalidate`);
  }
  if (r.firstLoadJs.gzipBytes > TARGETS.firstLoadJsGzipKb * 1024) {
    missed.push(`first-load JS ${kb(r.firstLoadJs.gzipBytes)} > ${TARGETS.firstLoadJsGzipKb} KB`);
  }
  for (const server of ["app", "static", "proxy"] as const) {
    if (r.results[server].errors > 0) missed.push(`${r.results[server].errors} ${server} errors (sockets or non-2xx)`);
    // Compressed or not, an answer carries at least the page's gzip size (nginx compresses at a
    // lower level than gzipSize; wrk rounds its transfer rate).
    if (r.results[server].bytesPerRequest < r.htmlGzipBytes * 0.9) {
      missed.push(`${server} answers averaged ${Math.round(r.results[server].bytesPerRequest)} bytes, less than the page compressed (${r.htmlGzipBytes})`);
    }
  }
  return missed;
}

function report(results: PageResult[]): string {
  const lines = [
    "| Page | Server | req/s | p50 | p99 | × static |",
    "|---|---|---:|---:|---:|---:|",
    ...results.flatMap((r) =>
      (["app", "static", "proxy"] as const).map((server) => {
        const x = r.results[server];
        const share = x.requestsPerSecond / r.results.static.requestsPerSecond;
        return `| ${server === "app" ? r.page : ""} | ${server} | ${fmtRps(x.requestsPerSecond).trim()} | ${fmtMs(x.p50Ms).trim()} | ${fmtMs(x.p99Ms).trim()} | ${share.toFixed(3)} |`;
      }),
    ),
    "",
    `| Page | app/static (≥ ${TARGETS.appShareOfStatic}) | app p99 (< ${TARGETS.appP99Ms} ms) | app CPU/request (≤ ${TARGETS.appCpuMicrosPerRequest} µs) | proxy/static (≥ ${TARGETS.proxyShareOfStatic}) | first-load JS gzip (≤ ${TARGETS.firstLoadJsGzipKb} KB) | HTML (gzip) | Result |`,
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...results.map((r) => {
      const missed = failures(r);
      const cells = [
        r.page,
        (r.results.app.requestsPerSecond / r.results.static.requestsPerSecond).toFixed(3),
        fmtMs(r.results.app.p99Ms).trim(),
        fmtUs(r.appCpuMicrosPerRequest),
        (r.results.proxy.requestsPerSecond / r.results.static.requestsPerSecond).toFixed(2),
        `${kb(r.firstLoadJs.gzipBytes)} (${r.firstLoadJs.scripts.length} files)`,
        `${kb(r.htmlBytes)} (${kb(r.htmlGzipBytes)})`,
        missed.length ? "FAIL" : "PASS",
      ];
      return `| ${cells.join(" | ")} |`;
    }),
  ];
  return lines.join("\n");
}

assertBuilt();
requireCommand("wrk", ["--version"]);
requireCommand("nginx", ["-v"]);

const about = await machine();
console.log(
  `${about.date} · ${about.cpus} CPUs (${about.cpuModel}) · ${about.memoryGb} GB · Node ${about.node} · load ${about.loadAverage}`,
);
console.log(
  `wrk -t${wrkOptions.threads} -c${wrkOptions.connections} -d${wrkOptions.durationSeconds}s --latency, median of ${runs} run(s)`,
);

const dir = await mkdtemp(path.join(os.tmpdir(), "bench-pages-"));
const appPort = flags.port ? positiveInteger("port", flags.port) : await freePort();
const [staticPort, proxyPort] = [await freePort(), await freePort()];
let app: AppServer | null = null;
let nginx: Nginx | null = null;
async function cleanUp() {
  await nginx?.stop();
  await app?.stop();
  await rm(dir, { recursive: true, force: true });
}
process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));
process.once("SIGTERM", () => void cleanUp().then(() => process.exit(143)));

const results: PageResult[] = [];
const skipped: string[] = [];
try {
  console.log(`Starting the production server on port ${appPort} (log: ${path.join(dir, "server.log")})`);
  app = await startAppServer(appPort, path.join(dir, "server.log"));
  nginx = await startNginx(dir, { staticPort, proxyPort, appPort });
  for (const page of pages) {
    const result = await benchPage(page, app, `http://127.0.0.1:${proxyPort}`, `http://127.0.0.1:${staticPort}`, path.join(dir, "static"));
    if (result) results.push(result);
    else skipped.push(page);
  }
} finally {
  await cleanUp();
}

if (results.length === 0) throw new Error("No page answered: nothing was measured.");
console.log(`\n${report(results)}\n`);
if (skipped.length) console.log(`Skipped (404): ${skipped.join(", ")}`);
console.log(`Load average at the end: ${os.loadavg().map((n) => n.toFixed(2)).join(" ")} (other work on the machine skews the figures)`);
const missed = results.flatMap((r) => failures(r).map((f) => `${r.page}: ${f}`));
for (const line of missed) console.log(`FAIL ${line}`);
if (missed.length === 0) console.log("All targets met.");

await mkdir("bench/results", { recursive: true });
const saved = path.join("bench/results", `pages-${about.date.replaceAll(":", "-")}.json`);
await writeFile(saved, JSON.stringify({ machine: about, wrk: wrkOptions, runs, targets: TARGETS, results, skipped }, null, 2));
console.log(`Results saved to ${saved}`);
process.exit(missed.length > 0 && !flags["no-fail"] ? 1 : 0);
