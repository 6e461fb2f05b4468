import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULE } from "@/lib/campaign/defaults";
import { parseJstMinute } from "@/lib/campaign/jst";
import { InvalidScheduleError, readSchedule, saveSchedule } from "@/lib/campaign/schedule";
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
    const changed = {
      ...current,
      windows: [{ ...current.windows[0], opensAt: parseJstMinute("2026-12-20 09:00") }, current.windows[1]] as const,
    };
    await saveSchedule(test.db, changed);
    expect((await readSchedule(test.db)).windows[0].opensAt).toEqual(parseJstMinute("2026-12-20 09:00"));

    const overlapping = { ...changed, windows: [changed.windows[0], { ...changed.windows[1], opensAt: changed.windows[0].opensAt }] as const };
    await expect(saveSchedule(test.db, overlapping)).rejects.toBeInstanceOf(InvalidScheduleError);
    expect(await readSchedule(test.db)).toEqual(changed);
  });

  it("keeps staff changes when seeding again", async () => {
    const before = await readSchedule(test.db);
    await seed(test.db);
    expect(await readSchedule(test.db)).toEqual(before);
  });
});
