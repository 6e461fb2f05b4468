import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfigFromUrl } from "./connection";

function createClient() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the site with `npm start` or `npm run dev`");
  const { schema, ...pool } = poolConfigFromUrl(url, { max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema }) });
}

type Client = ReturnType<typeof createClient>;

// One client per process (kept on globalThis because development re-evaluates modules), created
// on first use so that `next build` never needs a database.
const globalForPrisma = globalThis as unknown as { prisma?: Client };

function client(): Client {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export const db = new Proxy({} as Client, {
  get(_, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});
