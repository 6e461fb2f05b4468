import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrizeDraw } from "@/lib/generated/prisma/client";
import { prepareDraw, runDraw } from "@/lib/winners/draw";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { setAcceptanceDeadline } from "../support/prizes";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const exec = promisify(execFile);
let test: TestDatabase;
let draw: PrizeDraw;

function verify(id: number) {
  return exec("npm", ["run", "--silent", "draw", "--", "verify", String(id)], { env: { ...process.env, DATABASE_URL: test.url } });
}

beforeAll(async () => {
  test = await createTestDatabase();
  const admin = await createStaff(test.db, { role: "admin" });
  await setAcceptanceDeadline(test.db, new Date(Date.now() + 86_400_000 / 2));
  await Promise.all(Array.from({ length: 5 }, () => createEntry(test.db, { status: "shortlisted", windowNumber: 1 })));
  ({ draw } = await prepareDraw(test.db, admin, { windowNumber: 1, publicSource: "Loto 7 no. 600" }));
  await runDraw(test.db, admin, draw.id, "04 11 19 23 30 33 36");
});
afterAll(() => test.drop());

describe("npm run draw -- verify", () => {
  it("checks only the list before the announcement, and says when the rest is published", async () => {
    await test.db.campaignSettings.update({ where: { id: 1 }, data: { announcementAt: new Date(Date.now() + 86_400_000) } });
    const { stdout } = await verify(draw.id);
    expect(stdout).toContain("ok   SHA-256 of the eligible list equals the published list hash");
    expect(stdout).not.toContain(draw.seed);
    expect(stdout).toContain(`The seed and the result of draw #${draw.id} are published at the announcement`);
  });

  it("recomputes the order from the published data once revealed, and fails on a forged public value", async () => {
    await test.db.campaignSettings.update({ where: { id: 1 }, data: { announcementAt: new Date(Date.now() - 60_000) } });
    const { stdout } = await verify(draw.id);
    expect(stdout.match(/^ok {3}/gm)).toHaveLength(3);
    await test.db.prizeDraw.update({ where: { id: draw.id }, data: { publicValue: "04 11 19 23 30 33 37" } });
    await expect(verify(draw.id)).rejects.toMatchObject({
      code: 1,
      stdout: expect.stringContaining("FAIL the draw order recomputed from the list, the seed and the public value equals the published order"),
    });
  }, 60_000);
});
