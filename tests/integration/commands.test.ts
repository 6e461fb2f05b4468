import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * The command-line tools run exactly as package.json says (through scripts/register.mjs), against a
 * schema of their own: they load lib/ modules guarded by "server-only" outside Next.js.
 */
const exec = promisify(execFile);
let test: TestDatabase;

function npmRun(script: string, ...args: string[]) {
  return exec("npm", ["run", "--silent", script, "--", ...args], { env: { ...process.env, DATABASE_URL: test.url } });
}

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.drop());

describe("command-line tools", () => {
  it("npm run staff creates an account with a generated password and lists it", async () => {
    const created = await npmRun("staff", "create", "--email", "cli-admin@example.org", "--role", "admin");
    expect(created.stdout).toMatch(/Created admin cli-admin@example\.org/);
    expect(created.stdout).toMatch(/Password \(shown only now\): \S{12,}/);

    const listed = await npmRun("staff", "list");
    expect(listed.stdout).toMatch(/cli-admin@example\.org\tadmin\tactive/);
  }, 120_000);

  it("npm run db:sample-entries adds invented entries", async () => {
    const before = await test.pool.query<{ count: string }>(`SELECT count(*) FROM "Entry"`);
    const { stdout } = await npmRun("db:sample-entries", "3");
    expect(stdout).toMatch(/Added 3 sample entries/);
    const after = await test.pool.query<{ count: string }>(`SELECT count(*) FROM "Entry"`);
    expect(Number(after.rows[0]!.count) - Number(before.rows[0]!.count)).toBe(3);
  }, 120_000);

  it("npm run db:seed creates only what is missing", async () => {
    await npmRun("db:seed");
    const { rows } = await test.pool.query<{ count: string }>(`SELECT count(*) FROM "Season"`);
    expect(Number(rows[0]!.count)).toBeGreaterThan(0);
    await npmRun("db:seed");
    const again = await test.pool.query<{ count: string }>(`SELECT count(*) FROM "Season"`);
    expect(again.rows[0]!.count).toBe(rows[0]!.count);
  }, 120_000);
});
