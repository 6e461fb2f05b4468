/**
 * A campaign of three entry windows, end to end against PostgreSQL: the console adds the third
 * window, the campaign's state follows it, an entry submitted in it is stored as window 3, the
 * console's list filters by it, and a window in use can be neither removed nor renumbered.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/generated/prisma/client";
import { listAudit } from "@/lib/audit/log";
import { addWindow, readSchedule, removeWindow, saveSchedule } from "@/lib/campaign/schedule";
import { isWindowOpen, openWindowCondition, stateAt, type EntryWindowTimes } from "@/lib/campaign/state";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { confirmByLink } from "@/lib/entries/confirmation";
import { handleSubmission } from "@/lib/entries/submission";
import { ENTRANT_MAILS } from "@/lib/mail/entry-confirmation";
import { dashboard } from "@/lib/review/dashboard";
import { parseEntryFilter } from "@/lib/review/filters";
import { listEntries } from "@/lib/review/list";
import { createStaff } from "../factories/staff";
import { entryForm, TEST_CONFIRMATION_SETTINGS, TEST_FORM_SECRET, validEntryFields } from "../support/entries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date();
const at = (days: number) => new Date(now.getTime() + days * DAY);

let test: TestDatabase;
let pool: pg.Pool;
let admin: StaffUser;

beforeAll(async () => {
  test = await createTestDatabase();
  const { schema: _, ...config } = poolConfigFromUrl(test.url, { max: 4 });
  pool = new pg.Pool(config);
  admin = await createStaff(test.db, { role: "admin" });
  await saveSchedule(test.db, {
    windows: [
      { number: 1, opensAt: at(-60), closesAt: at(-50) },
      { number: 2, opensAt: at(-40), closesAt: at(-30) },
    ],
    announcementAt: at(20),
  });
});
afterAll(async () => {
  await pool.end();
  await test.drop();
});

describe("a campaign with three windows", () => {
  it("adds a third window after the last one, and refuses one that overlaps it or the announcement", async () => {
    await expect(addWindow(test.db, admin, { opensAt: at(-35), closesAt: at(5) })).rejects.toMatchObject({ key: "windowsOverlap", params: { number: 3, previous: 2 } });
    await expect(addWindow(test.db, admin, { opensAt: at(-1), closesAt: at(25) })).rejects.toMatchObject({
      key: "announcementBeforeLastWindowCloses",
      params: { number: 3 },
    });
    await addWindow(test.db, admin, { opensAt: at(-1), closesAt: at(10) });
    const schedule = await readSchedule(test.db);
    expect(schedule.windows.map((w) => w.number)).toEqual([1, 2, 3]);
    expect(await test.db.auditLog.count({ where: { action: "window.add", entityId: "3", actorId: admin.id } })).toBe(1);
  });

  it("is between the second and the third window, then open in the third", async () => {
    const schedule = await readSchedule(test.db);
    const third = schedule.windows[2]!;
    expect(stateAt(schedule, new Date(third.opensAt.getTime() - 1))).toMatchObject({
      phase: "between",
      previousWindow: { number: 2 },
      nextWindow: { number: 3 },
    });
    expect(stateAt(schedule, now)).toMatchObject({ phase: "open", window: { number: 3 } });
  });

  it("stores an entry submitted now in window 3, which its owner confirms", async () => {
    const state = await handleSubmission(entryForm(validEntryFields({ title: "第3回の物語" })), {
      db: pool,
      now: new Date(),
      locale: "ja",
      clientAddress: "203.0.113.30",
      settings: { secret: TEST_FORM_SECRET, minimumFillMs: 3_000, formMaxAgeMs: 24 * 60 * 60_000, rateLimitPerHour: 100, ...TEST_CONFIRMATION_SETTINGS },
      mails: ENTRANT_MAILS,
      campaignState: async () => stateAt(await readSchedule(test.db), new Date()),
    });
    expect(state).toMatchObject({ status: "stored", receipt: { windowNumber: 3, reference: expect.stringMatching(/^TM27-3-/) } });
    const { rows } = await test.pool.query(`SELECT "windowNumber" FROM "Entry" WHERE title = '第3回の物語'`);
    expect(rows).toEqual([{ windowNumber: 3 }]);
    const mail = await test.pool.query(`SELECT text FROM "OutboxEmail" o JOIN "Entry" e ON e.id = o."entryId" WHERE e.title = '第3回の物語'`);
    const link = /token=([A-Za-z0-9_-]{43})/.exec(mail.rows[0].text)![1]!;
    expect(await confirmByLink(pool, link, new Date())).toMatchObject({ kind: "confirmed", windowNumber: 3 });
  });

  it("lists it in the console under window 3 only, and counts it there on the dashboard", async () => {
    const inThird = await listEntries(test.db, admin, parseEntryFilter(new URLSearchParams("window=3")));
    expect(inThird.rows.map((row) => row.title)).toEqual(["第3回の物語"]);
    expect((await listEntries(test.db, admin, parseEntryFilter(new URLSearchParams("window=2")))).rows).toEqual([]);
    const { windows } = await dashboard(test.db, admin.id);
    expect(windows.map((w) => [w.windowNumber, w.total])).toEqual([
      [1, 0],
      [2, 0],
      [3, 1],
    ]);
  });

  it("refuses to remove or renumber a window that has entries, and removes one that has none", async () => {
    const before = await readSchedule(test.db);
    await expect(removeWindow(test.db, admin, 3)).rejects.toMatchObject({ key: "windowInUse", params: { number: 3 } });
    // Removing window 1 would make window 3 the second.
    await expect(removeWindow(test.db, admin, 1)).rejects.toMatchObject({ key: "windowInUse", params: { number: 3 } });
    await expect(saveSchedule(test.db, { ...before, windows: [before.windows[0], before.windows[1]!] })).rejects.toMatchObject({
      key: "windowInUse",
      params: { number: 3 },
    });
    expect(await readSchedule(test.db)).toEqual(before);

    await addWindow(test.db, null, { opensAt: at(11), closesAt: at(12) });
    await removeWindow(test.db, null, 4);
    expect(await readSchedule(test.db)).toEqual(before);
    await expect(removeWindow(test.db, admin, 9)).rejects.toMatchObject({ key: "windowNotFound" });
  });

  it("lets the dates of a window in use change under the usual rules", async () => {
    const before = await readSchedule(test.db);
    const third = { ...before.windows[2]!, closesAt: at(15) };
    await saveSchedule(test.db, { ...before, windows: [before.windows[0], before.windows[1]!, third] }, admin);
    expect((await readSchedule(test.db)).windows[2]!.closesAt).toEqual(third.closesAt);
  });
});

describe("the open-window rule", () => {
  it("is the same in SQL as in the state machine, at each boundary", async () => {
    const window: EntryWindowTimes = (await readSchedule(test.db)).windows[2]!;
    for (const instant of [-1, 0, 1].flatMap((delta) => [window.opensAt, window.closesAt].map((edge) => new Date(edge.getTime() + delta)))) {
      const { rows } = await test.pool.query(`SELECT number FROM "EntryWindow" WHERE number = 3 AND ${openWindowCondition("$1")}`, [instant.toISOString()]);
      expect(rows.length === 1, instant.toISOString()).toBe(isWindowOpen(window, instant));
    }
  });
});

describe("the audit log", () => {
  it("still shows settings changes recorded before windows were a list", async () => {
    const old = { window1OpensAt: "2026-12-21T10:00", window1ClosesAt: "2027-01-29T23:59", window2OpensAt: "2027-03-02T10:00", window2ClosesAt: "2027-03-26T23:59", announcementAt: "2027-04-15T12:00", prizeCount: 10 };
    await test.db.auditLog.create({ data: { actorId: admin.id, action: "settings.update", entityType: "settings", entityId: "campaign", before: old, after: { ...old, prizeCount: 12 } } });
    const { rows } = await listAudit(test.db, { entityType: "settings", entityId: "campaign" });
    expect(rows[0]).toMatchObject({ action: "settings.update", before: old, after: { ...old, prizeCount: 12 }, actor: { displayName: admin.displayName } });
  });
});
