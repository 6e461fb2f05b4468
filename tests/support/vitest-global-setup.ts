import pg from "pg";
import type { TestProject } from "vitest/node";
import { poolConfigFromUrl } from "../../lib/db/connection";
import { openDatabase } from "../../scripts/lib/database";

/** One PostgreSQL server for the whole run; each test file creates its own schema in it. */
export default async function setup(project: TestProject) {
  const database = await openDatabase();
  // Extensions are per database: created once here, so test files migrating their schemas in
  // parallel never race to create it (the migration's IF NOT EXISTS then finds it).
  const client = new pg.Client(poolConfigFromUrl(database.url));
  await client.connect();
  await client.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
  await client.end();
  project.provide("databaseUrl", database.url);
  return () => database.release();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
