import path from "node:path";
import { defineConfig } from "prisma/config";
import { migrationAdapter, unrefEngineTimers } from "./prisma/offline-engine";

// Problem 3 of the offline engine (PostgreSQL 18 catalogs) is avoided by running PostgreSQL 17.
unrefEngineTimers();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "node --import ./scripts/register.mjs prisma/seed.ts" },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: run Prisma through the npm scripts (npm run db:migrate)");
    return migrationAdapter(url);
  },
});
