import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { scriptClient } from "@/scripts/lib/prepare";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

// Real errors only: a closed port, a terminated session, and ordinary query errors for contrast.
const CLOSED_PORT_URL = "postgresql://nobody:nothing@127.0.0.1:9/none";

async function caught(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.drop());

describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection, through pg and through Prisma", async () => {
    const pool = new pg.Pool(poolConfigFromUrl(CLOSED_PORT_URL));
    const viaPg = await caught(() => pool.query("SELECT 1"));
    await pool.end();
    const prisma = scriptClient(CLOSED_PORT_URL);
    const viaPrisma = await caught(() => prisma.season.findMany());
    await prisma.$disconnect();

    expect(isDatabaseUnavailable(viaPg)).toBe(true);
    expect(isDatabaseUnavailable(viaPrisma)).toBe(true);
  });

  it("recognises a session the server terminated", async () => {
    const client = new pg.Client(poolConfigFromUrl(test.url));
    await client.connect();
    client.on("error", () => {});
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    await test.pool.query("SELECT pg_terminate_backend($1)", [rows[0]!.pid]);
    const error = await caught(() => client.query("SELECT 1"));
    await client.end().catch(() => {});

    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("does not mistake a bad query or a constraint violation for an outage", async () => {
    const syntax = await caught(() => test.pool.query("SELEC 1"));
    const duplicate = await caught(() =>
      test.db.$transaction(async (tx) => {
        await tx.$executeRaw`CREATE TEMP TABLE once (id int PRIMARY KEY)`;
        await tx.$executeRaw`INSERT INTO once VALUES (1), (1)`;
      }),
    );

    expect(isDatabaseUnavailable(syntax)).toBe(false);
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
