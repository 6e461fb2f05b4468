import type { TestProject } from "vitest/node";
import { openDatabase } from "../../scripts/lib/database";

/** One PostgreSQL server for the whole run; each test file creates its own schema in it. */
export default async function setup(project: TestProject) {
  const database = await openDatabase();
  project.provide("databaseUrl", database.url);
  return () => database.release();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
