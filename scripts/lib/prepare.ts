import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { poolConfigFromUrl } from "../../lib/db/connection";
import { prisma } from "./database";

/** A Prisma client for command-line work (seeding, the campaign command), outside Next.js. */
export function scriptClient(url: string) {
  const { schema, ...pool } = poolConfigFromUrl(url, { max: 4 });
  return new PrismaClient({ adapter: new PrismaPg(pool, { schema }) });
}

/** Applies pending migrations; seeds sample content when the database has none yet. */
export async function prepareDatabase(url: string, { log = console.log } = {}): Promise<void> {
  const migrateOutput = await prisma(["migrate", "deploy"], url);
  const applied = /following migration\(s\) have been applied/.test(migrateOutput);
  log(applied ? "Database migrated." : "Database schema is up to date.");
  const client = scriptClient(url);
  try {
    if ((await client.season.count()) === 0) {
      log("First run on this database: seeding the schedule and sample interviews");
      const { seed } = await import("../../prisma/seed");
      await seed(client);
    }
  } finally {
    await client.$disconnect();
  }
}
