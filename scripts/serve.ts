/**
 * `npm start` / `npm run dev`: opens the database (DATABASE_URL, or the embedded PostgreSQL),
 * migrates it, seeds it on first run, then runs Next.js and the background work (email outbox,
 * housekeeping) until stopped, and stops the embedded database cleanly when the server stops.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { startBackgroundWork } from "./lib/background";
import { databaseLabel, openDatabase } from "./lib/database";
import { prepareDatabase } from "./lib/prepare";

const [mode = "start", ...nextArgs] = process.argv.slice(2);
if (mode !== "start" && mode !== "dev") throw new Error(`Unknown mode ${mode}: expected start or dev`);

const database = await openDatabase();
console.log(`Database: ${databaseLabel(database)}`);
await prepareDatabase(database.url);
const stopBackgroundWork = startBackgroundWork(database.url);

// Production server settings, measured in docs/performance.md: a 32 MB young generation halves
// the time the server spends in garbage collection under load.
const nodeOptions = [process.env.NODE_OPTIONS, mode === "start" ? "--max-semi-space-size=32" : ""].filter(Boolean);
// Spawned directly (not through npx, which does not pass SIGTERM on) so that stopping this
// process always stops the server before the database.
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const next = spawn(process.execPath, [nextBin, mode, ...nextArgs], {
  stdio: "inherit",
  env: { ...process.env, NODE_OPTIONS: nodeOptions.join(" "), DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
});

let stopping = false;
async function stop(exitCode: number) {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((resolve) => next.once("exit", resolve));
  }
  await stopBackgroundWork();
  await database.release();
  process.exit(exitCode);
}

process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
next.on("exit", (code) => void stop(code ?? 0));
