import type { PoolConfig } from "pg";

/**
 * Turns a PostgreSQL URL into pg pool settings. A `schema` query parameter (the form Prisma uses)
 * becomes the connection's search_path, so tests can isolate themselves by schema inside one
 * database.
 */
export function poolConfigFromUrl(url: string, overrides: PoolConfig = {}): PoolConfig & { schema: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? "public";
  parsed.searchParams.delete("schema");
  return {
    connectionString: parsed.toString(),
    options: `-c search_path="${schema}" -c timezone=UTC`,
    ...overrides,
    schema,
  };
}

/** Settings for a plain `pg.Pool` (the schema travels in the search_path). */
export function pgPoolConfig(url: string, overrides: PoolConfig = {}): PoolConfig {
  const { schema: _schema, ...config } = poolConfigFromUrl(url, overrides);
  return config;
}

export function withSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set("schema", schema);
  return parsed.toString();
}

export function describeDatabase(url: string): string {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema");
  return `postgresql://${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}${schema ? ` (schema ${schema})` : ""}`;
}
