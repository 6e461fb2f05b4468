/**
 * `npm start` / `npm run dev`: opens the database (DATABASE_URL, or the embedded PostgreSQL),
 * migrates it, seeds it on first run, then runs Next.js until stopped, and stops the embedded
 * database cleanly when the server stops.
 */
import { spawn } from "node:child_process";
import { databaseLabel, openDatabase } from "./lib/database";
import { prepareDatabase } from "./lib/prepare";

const [mode = "start", ...nextArgs] = process.argv.slice(2);
if (mode !== "start" && mode !== "dev") throw new Error(`Unknown mode ${mode}: expected start or dev`);

const database = await openDatabase();
console.log(`Database: ${databaseLabel(database)}`);
await prepareDatabase(database.url);

// Production server settings, measured in docs/performance.md: a 32 MB young generation halves
// the time the server spends in garbage collection under load.
const nodeOptions = [process.env.NODE_OPTIONS, mode === "start" ? "--max-semi-space-size=32" : ""].filter(Boolean);
const next = spawn("npx", ["--no-install", "next", mode, ...nextArgs], {
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
  await database.release();
  process.exit(exitCode);
}

process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
next.on("exit", (code) => void stop(code ?? 0));
