import pg from "pg";
import { poolConfigFromUrl } from "./lib/db/connection";
import { withDatabase } from "./scripts/lib/database";
import { parseEntryFilter } from "./lib/review/filters";
import { entryListQueries, effectiveFilter } from "./lib/review/list";
await withDatabase(async (database) => {
  const client = new pg.Client(poolConfigFromUrl(database.url));
  await client.connect();
  await client.query(`SET search_path TO bench_console`);
  const viewer = { id: "00000000-0000-0000-0000-000000000000", role: "admin" as const };
  for (const q of process.argv.slice(2)) {
    const queries = entryListQueries(viewer, effectiveFilter(parseEntryFilter(new URLSearchParams(q)), viewer));
    for (const [part, sql] of Object.entries(queries)) {
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values as unknown[]);
      console.log(`--- ${q} ${part}\n${plan.rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
  }
  await client.end();
});
