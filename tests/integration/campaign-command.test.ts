import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseJstMinute } from "@/lib/campaign/jst";
import { readSchedule } from "@/lib/campaign/schedule";
import { createEntry } from "../factories/entries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const exec = promisify(execFile);
let test: TestDatabase;

function campaign(...args: string[]) {
  return exec("npm", ["run", "--silent", "campaign", "--", ...args], {
    env: { ...process.env, DATABASE_URL: test.url },
  });
}

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.drop());

describe("npm run campaign", () => {
  it("changes one window, in Japan time, and prints the schedule", async () => {
    await campaign("set-window", "1", "--opens", "2026-12-21 10:00", "--closes", "2027-01-31 23:59");
    const schedule = await readSchedule(test.db);
    expect(schedule.windows[0].opensAt).toEqual(parseJstMinute("2026-12-21 10:00"));
    expect(schedule.windows[0].closesAt.toISOString()).toBe("2027-01-31T14:59:59.999Z");

    const { stdout } = await campaign("windows");
    expect(stdout).toContain("Window 1: opens 2026-12-21 10:00 JST, closes 2027-01-31 23:59 JST");
  });

  it("sets the announcement", async () => {
    await campaign("set-announcement", "2027-04-16 12:00");
    expect((await readSchedule(test.db)).announcementAt).toEqual(parseJstMinute("2027-04-16 12:00"));
  });

  it("refuses an overlapping window and stores nothing", async () => {
    const before = await readSchedule(test.db);
    await expect(campaign("set-window", "2", "--opens", "2027-01-15 10:00")).rejects.toMatchObject({
      stderr: expect.stringContaining("windowsOverlap"),
    });
    expect(await readSchedule(test.db)).toEqual(before);
  });

  it("adds a window after the last one and removes it again", async () => {
    const { stdout } = await campaign("add-window", "--opens", "2027-04-01 10:00", "--closes", "2027-04-10 23:59");
    expect(stdout).toContain("Window 3: opens 2027-04-01 10:00 JST, closes 2027-04-10 23:59 JST");
    expect((await readSchedule(test.db)).windows.map((w) => w.number)).toEqual([1, 2, 3]);
    await campaign("remove-window", "3");
    expect((await readSchedule(test.db)).windows.map((w) => w.number)).toEqual([1, 2]);
    expect(await test.db.auditLog.count({ where: { action: { in: ["window.add", "window.remove"] }, actorId: null } })).toBe(2);
  }, 120_000);

  it("refuses to remove a window that has entries, and a window that does not exist", async () => {
    await createEntry(test.db, { windowNumber: 2 });
    await expect(campaign("remove-window", "2")).rejects.toMatchObject({ stderr: expect.stringContaining("windowInUse") });
    await expect(campaign("remove-window", "7")).rejects.toMatchObject({ stderr: expect.stringContaining('No window "7"') });
    expect((await readSchedule(test.db)).windows.map((w) => w.number)).toEqual([1, 2]);
  }, 120_000);

  it("refuses a date that is not in the documented form", async () => {
    await expect(campaign("set-announcement", "15/04/2027")).rejects.toMatchObject({
      stderr: expect.stringContaining("YYYY-MM-DD HH:mm"),
    });
  });
});
