import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfigFromUrl } from "./connection";

function createClients() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the site with `npm start` or `npm run dev`");
  const { schema, ...config } = poolConfigFromUrl(url, {
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    // Without it a request waits forever for a connection while the database is unreachable.
    connectionTimeoutMillis: 10_000,
  });
  const pool = new pg.Pool(config);
  pool.on("error", (error) => console.error("[database] idle connection failed:", error.message));
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool, { schema }) }) };
}

type Clients = ReturnType<typeof createClients>;
type Client = Clients["prisma"];

// One pool and one client per process (kept on globalThis because development re-evaluates
// modules), created on first use so that `next build` never needs a database.
const globalForDb = globalThis as unknown as { databaseClients?: Clients };

function clients(): Clients {
  globalForDb.databaseClients ??= createClients();
  return globalForDb.databaseClients;
}

export const db = new Proxy({} as Client, {
  get(_, property) {
    const value = Reflect.get(clients().prisma, property);
    return typeof value === "function" ? value.bind(clients().prisma) : value;
  },
});

/**
 * The pg pool under the Prisma client, with the same search_path, for the few hot paths written in
 * SQL (storing an entry is one statement; see docs/decisions).
 */
export function pool(): pg.Pool {
  return clients().pool;
}
