/**
 * `npm test`: every test against real parts. One PostgreSQL server (DATABASE_URL, or the embedded
 * one) serves the whole run: Vitest files each use a schema of their own, the browser tests use
 * a fresh `e2e` schema behind the production build.
 *
 *   npm test                 lint and types, unit + integration, then build, then browser tests
 *   npm test -- --unit       Vitest only
 *   npm test -- --e2e        build + browser tests only
 */
import path from "node:path";
import pg from "pg";
import { poolConfigFromUrl, withSchema } from "../lib/db/connection";
import { databaseLabel, openDatabase, run } from "./lib/database";

const args = process.argv.slice(2);
const only = args.includes("--unit") ? "unit" : args.includes("--e2e") ? "e2e" : "all";
const passThrough = args.filter((arg) => arg !== "--unit" && arg !== "--e2e");

async function resetSchema(url: string, schema: string) {
  const client = new pg.Client(poolConfigFromUrl(url));
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
}

const database = await openDatabase();
console.log(`Tests use ${databaseLabel(database)}`);
const env = { NEXT_TELEMETRY_DISABLED: "1" };
let failed = false;
try {
  if (only === "all") {
    await run("npx", ["--no-install", "eslint", "--max-warnings=0", "."], env);
    await run("npx", ["--no-install", "next", "typegen"], env);
    await run("npx", ["--no-install", "tsc", "--noEmit"], env);
  }
  if (only !== "e2e") await run("npx", ["--no-install", "vitest", "run", ...passThrough], { ...env, DATABASE_URL: database.url });
  if (only !== "unit") {
    await run("npm", ["run", "build"], env);
    const e2eUrl = withSchema(database.url, "e2e");
    await resetSchema(database.url, "e2e");
    await run("npx", ["--no-install", "playwright", "test", ...(only === "e2e" ? passThrough : [])], {
      ...env,
      E2E_DATABASE_URL: e2eUrl,
      // The browser tests' helpers use lib/ modules guarded by "server-only".
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${path.resolve("scripts/lib/server-only-outside-next.mjs")}`].filter(Boolean).join(" "),
    });
  }
} catch (error) {
  failed = true;
  console.error(error instanceof Error ? error.message : error);
} finally {
  await database.release();
}
process.exit(failed ? 1 : 0);
