import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE } from "@/lib/campaign/defaults";
import { parseJstMinute } from "@/lib/campaign/jst";
import { InvalidScheduleError, readSchedule, saveSchedule } from "@/lib/campaign/schedule";
import type { Schedule } from "@/lib/campaign/state";
import { seed } from "@/prisma/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(() => test.drop());

describe("schedule storage", () => {
  it("seeds the default windows and announcement", async () => {
    await seed(test.db);
    expect(await readSchedule(test.db)).toEqual(DEFAULT_SCHEDULE);
  });

  it("saves a changed window and refuses an incoherent one without writing anything", async () => {
    const current = await readSchedule(test.db);
    const [first, second] = current.windows;
    const changed: Schedule = { ...current, windows: [{ ...first, opensAt: parseJstMinute("2026-12-20 09:00") }, second!] };
    await saveSchedule(test.db, changed);
    expect((await readSchedule(test.db)).windows[0].opensAt).toEqual(parseJstMinute("2026-12-20 09:00"));

    const overlapping: Schedule = { ...changed, windows: [changed.windows[0], { ...second!, opensAt: changed.windows[0].opensAt }] };
    await expect(saveSchedule(test.db, overlapping)).rejects.toBeInstanceOf(InvalidScheduleError);
    expect(await readSchedule(test.db)).toEqual(changed);
  });

  it("keeps staff changes when seeding again", async () => {
    const before = await readSchedule(test.db);
    await seed(test.db);
    expect(await readSchedule(test.db)).toEqual(before);
  });
});
