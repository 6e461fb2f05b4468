/**
 * Everything Prisma 6.19's WebAssembly schema engine needs to run `migrate` offline through the pg
 * driver adapter (see docs/decisions/0002-prisma-offline-engine.md). Each piece works around one
 * confirmed problem; remove a piece only after re-checking that problem is gone.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { poolConfigFromUrl } from "../lib/db/connection";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * Problem 2: catalog queries return PostgreSQL's one-byte `"char"` type (OID 18), which no
 * adapter-pg version maps. Reporting such columns as text is what the engine expects.
 */
function reportCharAsText<T>(result: T): T {
  for (const field of (result as Partial<pg.QueryResult> | undefined)?.fields ?? []) {
    if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return result;
}

function patchQuery(target: { query: (...args: never[]) => unknown }): void {
  const originalQuery = target.query.bind(target) as (...args: unknown[]) => unknown;
  target.query = ((...args: unknown[]) => {
    const result = originalQuery(...args);
    return result instanceof Promise ? result.then(reportCharAsText) : result;
  }) as typeof target.query;
}

class CharAsTextPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super(config);
    patchQuery(this);
    // Transactions check out a client and query it directly.
    this.on("connect", (client) => patchQuery(client));
  }
}

/**
 * Problem 1: the engine leaves 10 s and 60 s timers running after its work is done, so a finished
 * `migrate dev` would sit idle for a minute. Timers of exactly those lengths created by Prisma's
 * own code are unref'd; every other timer is left alone.
 */
export function unrefEngineTimers(): void {
  const originalSetTimeout = globalThis.setTimeout;
  const patched = ((handler: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    const timer = originalSetTimeout(handler, ms, ...args);
    if ((ms === 10_000 || ms === 60_000) && /node_modules[\\/](prisma|@prisma)/.test(new Error().stack ?? "")) {
      timer.unref();
    }
    return timer;
  }) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(patched, originalSetTimeout);
}

/**
 * Problem 5: adapter-pg's `executeScript` splits a migration on every ";", so a semicolon in a
 * comment, a string or a function body (e.g. a plpgsql trigger) breaks the migration. Sending the
 * whole script as one simple query is what PostgreSQL supports, and it also makes each migration
 * all-or-nothing.
 */
type ScriptRunner = {
  executeScript: (script: string) => Promise<void>;
  underlyingDriver: () => { query: (sql: string) => Promise<unknown> };
};

function runScriptsWhole<T extends object>(adapter: T): T {
  const target = adapter as T & ScriptRunner & { onError: (error: unknown) => never };
  target.executeScript = async (script: string) => {
    try {
      await target.underlyingDriver().query(script);
    } catch (error) {
      target.onError(error);
    }
  };
  return adapter;
}

const SHADOW_DATABASE = "connected_stories_prisma_shadow";

/**
 * Problem 4: adapter-pg's own `connectToShadowDb()` reconnects to the main database when it was
 * given a connection string, and shadow databases are not reliably dropped. This factory uses
 * SHADOW_DATABASE_URL when set; otherwise it drops and recreates one fixed-name database beside
 * the main one and drops it again on dispose.
 */
class OfflineMigrationAdapter extends PrismaPg {
  constructor(private readonly url: string) {
    const { schema, ...config } = poolConfigFromUrl(url, { allowExitOnIdle: true });
    super(new CharAsTextPool(config), { schema, disposeExternalPool: true });
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const explicitShadowUrl = process.env.SHADOW_DATABASE_URL;
    if (explicitShadowUrl) return new OfflineMigrationAdapter(explicitShadowUrl).connect();

    const admin = new pg.Client(poolConfigFromUrl(this.url));
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${SHADOW_DATABASE}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${SHADOW_DATABASE}"`);
    await admin.end();

    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${SHADOW_DATABASE}`;
    shadowUrl.searchParams.delete("schema");
    const shadow = await new OfflineMigrationAdapter(shadowUrl.toString()).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const cleanup = new pg.Client(poolConfigFromUrl(this.url));
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${SHADOW_DATABASE}" WITH (FORCE)`);
      await cleanup.end();
    };
    return shadow;
  }
}

export function migrationAdapter(url: string): PrismaPg {
  return new OfflineMigrationAdapter(url);
}
