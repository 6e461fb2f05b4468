import pg from "pg";
import type { TestProject } from "vitest/node";
import { poolConfigFromUrl, withSchema } from "../../lib/db/connection";
import { openDatabase, prisma } from "../../scripts/lib/database";

export const TEMPLATE_SCHEMA = "test_template";

/**
 * One PostgreSQL server for the whole run; each test file creates its own schema in it. Prisma
 * migrates a template schema once, so test schemas can carry its migration history too (the
 * `campaign` command, for one, runs `migrate deploy` against them).
 */
export default async function setup(project: TestProject) {
  const database = await openDatabase();
  const admin = new pg.Client(poolConfigFromUrl(database.url));
  await admin.connect();
  // Extensions are per database: created once here, so test files migrating their schemas in
  // parallel never race to create it (the migration's IF NOT EXISTS then finds it).
  await admin.query("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public");
  await admin.query(`DROP SCHEMA IF EXISTS "${TEMPLATE_SCHEMA}" CASCADE`);
  await admin.query(`CREATE SCHEMA "${TEMPLATE_SCHEMA}"`);
  await admin.end();
  await prisma(["migrate", "deploy"], withSchema(database.url, TEMPLATE_SCHEMA));
  project.provide("databaseUrl", database.url);
  return () => database.release();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
