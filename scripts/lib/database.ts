import { spawn } from "node:child_process";
import { describeDatabase } from "../../lib/db/connection";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded";

export type Database = { url: string; embedded: EmbeddedServer | null; release: () => Promise<void> };

/** DATABASE_URL when set; otherwise the project's embedded PostgreSQL, started if needed. */
export async function openDatabase(): Promise<Database> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: null, release: async () => {} };
  const embedded = await startEmbeddedPostgres();
  return { url: embedded.url, embedded, release: embedded.stop };
}

export function databaseLabel(db: Database): string {
  const where = describeDatabase(db.url);
  return db.embedded ? `embedded PostgreSQL 17 at ${where} (data in .data/postgres)` : `DATABASE_URL ${where}`;
}

export function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}

/** Runs the Prisma CLI quietly: its output is shown only when it fails. */
export function prisma(args: string[], databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--no-install", "prisma", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) return resolve(output);
      reject(new Error(`prisma ${args.join(" ")} failed:\n${output}`));
    });
  });
}

/** Runs `work` against the database and always releases an embedded server this process started. */
export async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase();
  try {
    return await work(db);
  } finally {
    await db.release();
  }
}
