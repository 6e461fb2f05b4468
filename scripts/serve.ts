/**
 * `npm start` / `npm run dev` (`-- --port N`, or PORT): opens the database (DATABASE_URL, or the
 * embedded PostgreSQL), migrates it, seeds it on first run, then serves Next.js through its
 * custom-server API behind our front door (trusted client address, body limit; see
 * docs/decisions/0011-custom-server.md) and runs the background work (email outbox,
 * housekeeping) until stopped. On SIGTERM/SIGINT it stops the server, then the background work,
 * then the embedded database.
 *
 * Production start refuses unsafe settings (docs/decisions/0012-production-settings.md). The
 * garbage-collector setting of the production server (--max-semi-space-size=32, measured in
 * docs/performance.md) is a Node flag, so it is in package.json's `start` script.
 */
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { MAX_REQUEST_BODY_BYTES } from "../lib/http/body-limit";
import { parseTrustedProxyHops } from "../lib/http/client-address";
import { compressingAnswers } from "./lib/answer-compression";
import { startBackgroundWork } from "./lib/background";
import { databaseLabel, openDatabase } from "./lib/database";
import { frontDoor } from "./lib/front-door";
import { prepareDatabase } from "./lib/prepare";
import { precompressedStaticFiles } from "./lib/static-files";
import { keptFormSecret, unsafeProductionSettings } from "./lib/production-config";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { port: { type: "string", short: "p", default: process.env.PORT ?? "3000" } },
});
const mode = positionals[0] ?? "start";
if (mode !== "start" && mode !== "dev") throw new Error(`Unknown mode ${mode}: expected start or dev`);
const dev = mode === "dev";
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port must be a port number, got ${values.port}`);
const trustedProxyHops = parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);

if (!dev) {
  const problems = unsafeProductionSettings(process.env);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
  process.env.FORM_SECRET ||= await keptFormSecret();
  if (process.env.DATABASE_URL && !process.env.SITE_URL) {
    console.warn(`Warning: SITE_URL is not set: share links and canonical URLs will point to http://localhost:${port}.`);
  }
}
// Share links and canonical URLs of a local site point to the port it really serves.
process.env.SITE_URL ||= `http://localhost:${port}`;

// Next.js reads these when it loads; set before importing it.
Object.assign(process.env, { NODE_ENV: dev ? "development" : "production", NEXT_TELEMETRY_DISABLED: "1" });

const database = await openDatabase();
console.log(`Database: ${databaseLabel(database)}`);
let stopBackgroundWork: (() => Promise<void>) | null = null;
const server = createServer();
let app: { close: () => Promise<void> } | null = null;

let stopping = false;
async function stop(exitCode: number) {
  if (stopping) return;
  stopping = true;
  if (server.listening) {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeIdleConnections();
    const forceAfter = setTimeout(() => server.closeAllConnections(), 5_000);
    await closed;
    clearTimeout(forceAfter);
  }
  await app?.close();
  await stopBackgroundWork?.();
  await database.release();
  process.exit(exitCode);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

try {
  process.env.DATABASE_URL = database.url;
  await prepareDatabase(database.url);
  stopBackgroundWork = startBackgroundWork(database.url);

  const { default: next } = await import("next");
  const nextApp = next({ dev, dir: process.cwd(), hostname: "localhost", port, httpServer: server });
  app = nextApp;
  await nextApp.prepare();
  const nextHandler = nextApp.getRequestHandler();
  // Production serves the build's precompressed static files itself (docs/decisions/0024-compression.md);
  // answers are compressed here, cached pages once per content (decision 29).
  const staticFiles = dev ? null : await precompressedStaticFiles(path.join(process.cwd(), ".next"));
  const answer = compressingAnswers(nextHandler);
  const handle = frontDoor(
    staticFiles ? (req, res) => (staticFiles.serve(req, res) ? undefined : answer(req, res)) : answer,
    { trustedProxyHops, maxBodyBytes: MAX_REQUEST_BODY_BYTES },
  );
  server.on("request", handle);
  server.on("checkContinue", handle);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, () => resolve());
  });
  console.log(
    `Ready on http://localhost:${port} (${mode}); client addresses ` +
      (trustedProxyHops === 0
        ? "from the connection (TRUSTED_PROXY_HOPS=0: no proxy in front)"
        : `from X-Forwarded-For, ${trustedProxyHops} trusted proxy hop(s)`),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}
