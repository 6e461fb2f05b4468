import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { poolConfigFromUrl, withSchema } from "../../lib/db/connection";
import { scriptClient } from "../../scripts/lib/prepare";
import { TEMPLATE_SCHEMA } from "./vitest-global-setup";

const MIGRATIONS_DIR = path.resolve("prisma/migrations");

function migrationSql(): string[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readFileSync(path.join(MIGRATIONS_DIR, name, "migration.sql"), "utf8"));
}

export type TestDatabase = {
  url: string;
  schema: string;
  db: ReturnType<typeof scriptClient>;
  /** A raw pg pool on the same schema, for assertions that should not go through our code. */
  pool: pg.Pool;
  drop: () => Promise<void>;
};

/**
 * A fresh schema with every committed migration applied (and recorded, as Prisma would): isolates one test file from the others
 * while sharing the run's single PostgreSQL server.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = inject("databaseUrl");
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client(poolConfigFromUrl(baseUrl));
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.query(`SET search_path TO "${schema}"`);
  for (const sql of migrationSql()) await admin.query(sql);
  await admin.query(`CREATE TABLE "_prisma_migrations" (LIKE "${TEMPLATE_SCHEMA}"."_prisma_migrations" INCLUDING ALL)`);
  await admin.query(`INSERT INTO "_prisma_migrations" SELECT * FROM "${TEMPLATE_SCHEMA}"."_prisma_migrations"`);
  await admin.end();

  const url = withSchema(baseUrl, schema);
  const { schema: _, ...poolConfig } = poolConfigFromUrl(url, { max: 4 });
  const pool = new pg.Pool(poolConfig);
  const db = scriptClient(url);
  return {
    url,
    schema,
    db,
    pool,
    drop: async () => {
      await db.$disconnect();
      await pool.end();
      const cleanup = new pg.Client(poolConfigFromUrl(baseUrl));
      await cleanup.connect();
      await cleanup.query(`DROP SCHEMA "${schema}" CASCADE`);
      await cleanup.end();
    },
  };
}
