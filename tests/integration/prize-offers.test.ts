import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Entry, StaffUser } from "@/lib/generated/prisma/client";
import { PUBLIC_PAGES_TAG } from "@/lib/cache/invalidation";
import { parseJstMinute } from "@/lib/campaign/jst";
import { readSchedule, saveSchedule } from "@/lib/campaign/schedule";
import { eraseEntry } from "@/lib/review/erasure";
import { readSettings, settingsFormValues, updateSettings } from "@/lib/settings/settings";
import { prepareDraw, runDraw } from "@/lib/winners/draw";
import { answerPrizeOffer, handlePrizeAnswer, offerToNextReserve, prizeBoard } from "@/lib/winners/prize-offers";
import { markWinner, publicWinners, revokeWinner } from "@/lib/winners/winners";
import { seed } from "@/prisma/seed";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { mailedPrizeToken, setAcceptanceDeadline } from "../support/prizes";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
let admin: StaffUser;

const DAY = 24 * 60 * 60 * 1000;
const deadline = parseJstMinute("2027-04-01 12:00");
const afterDeadline = new Date(deadline.getTime() + 60_000);

beforeAll(async () => {
  test = await createTestDatabase();
  await seed(test.db);
  admin = await createStaff(test.db, { role: "admin" });
});
afterAll(() => test.drop());
beforeEach(async () => {
  // Each test starts without winners or shortlist, with room for 2 prizes and the deadline set.
  await test.db.entry.updateMany({ where: { status: { in: ["winner", "shortlisted", "featured"] } }, data: { status: "declined" } });
  await test.db.campaignSettings.update({ where: { id: 1 }, data: { prizeCount: 2 } });
  await setAcceptanceDeadline(test.db, deadline);
});

const refusal = (key: string) => expect.objectContaining({ key });
const answer = (entry: Pick<Entry, "id">, choice: "accepted" | "declined", now?: Date) =>
  mailedPrizeToken(test.db, entry.id).then((token) => answerPrizeOffer(test.db, test.pool, { token, answer: choice }, now));
const stateOf = async (entryId: string, now?: Date) =>
  (await prizeBoard(test.db, now)).find((prize) => prize.current.entry.id === entryId)?.current.state;

/** A draw of `count` entries of window 1 for the 2 prizes; its order and the entries in it. */
async function drawOf(count: number) {
  const entries = await Promise.all(Array.from({ length: count }, (_, i) => createEntry(test.db, { status: "shortlisted", windowNumber: 1, penName: `補欠テスト${i}` })));
  const { draw } = await prepareDraw(test.db, admin, { windowNumber: 1, publicSource: "ロト7 第601回" });
  const result = await runDraw(test.db, admin, draw.id, "01 02 03 04 05 06 07");
  const byReference = (reference: string) => entries.find((e) => e.reference === reference)!;
  const prizeOf = async (entry: Entry) => (await test.db.prizeOffer.findFirstOrThrow({ where: { entryId: entry.id } })).prizeId;
  return { winners: result.winners.map(byReference), reserves: result.reserves.map(byReference), prizeOf };
}

describe("the acceptance deadline", () => {
  it("must fall before the announcement, checked when set in the settings and when the announcement moves", async () => {
    const current = settingsFormValues(await readSettings(test.db));
    await expect(updateSettings(test.db, admin, { ...current, acceptanceDeadline: current.announcementAt })).rejects.toEqual(
      expect.objectContaining({ key: "acceptanceDeadlineAfterAnnouncement", params: { announcement: "2027-04-15 12:00" } }),
    );
    expect((await readSettings(test.db)).acceptanceDeadline).toEqual(deadline);

    await updateSettings(test.db, admin, { ...current, acceptanceDeadline: "2027-04-10T18:00" });
    expect((await readSettings(test.db)).acceptanceDeadline).toEqual(parseJstMinute("2027-04-10 18:00"));
    const log = await test.db.auditLog.findFirstOrThrow({ where: { action: "settings.update" }, orderBy: { id: "desc" } });
    expect(log).toMatchObject({ before: { acceptanceDeadline: "2027-04-01T12:00" }, after: { acceptanceDeadline: "2027-04-10T18:00" } });

    // The command line moves the announcement through the same schedule code: not before the deadline.
    const schedule = await readSchedule(test.db);
    await expect(saveSchedule(test.db, { ...schedule, announcementAt: parseJstMinute("2027-04-10 12:00") })).rejects.toEqual(refusal("acceptanceDeadlineAfterAnnouncement"));
    expect((await readSchedule(test.db)).announcementAt).toEqual(schedule.announcementAt);
  });

  it("is needed, and must not have passed, to mark a winner", async () => {
    const entry = await createEntry(test.db, { status: "shortlisted" });
    await setAcceptanceDeadline(test.db, null);
    await expect(markWinner(test.db, admin, entry.id)).rejects.toEqual(refusal("acceptanceDeadlineMissing"));
    await setAcceptanceDeadline(test.db, deadline);
    await expect(markWinner(test.db, admin, entry.id, afterDeadline)).rejects.toEqual(refusal("acceptanceDeadlinePassed"));
    expect(await test.db.entry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ status: "shortlisted" });
    expect(await test.db.outboxEmail.count({ where: { entryId: entry.id } })).toBe(0);
  });
});

describe("a prize offer", () => {
  it("is mailed in the entrant's language with a single-purpose link that expires at the deadline, and is answered once", async () => {
    const entry = await createEntry(test.db, { status: "shortlisted", language: "en" });
    await markWinner(test.db, admin, entry.id);
    const mail = await test.db.outboxEmail.findFirstOrThrow({ where: { entryId: entry.id } });
    expect(mail).toMatchObject({ to: entry.email, subject: expect.stringContaining("You have won") });
    expect(mail.text).toContain(`/en/prize?token=`);
    expect(mail.text).toContain("April 1, 2027 at 12:00 JST");
    const token = await mailedPrizeToken(test.db, entry.id);
    const offer = await test.db.prizeOffer.findFirstOrThrow({ where: { entryId: entry.id } });
    expect(offer).toMatchObject({ expiresAt: deadline, answer: null });
    expect(offer.tokenHash).not.toContain(token);
    expect(await stateOf(entry.id)).toBe("pending");

    // The entry confirmation's link cannot answer it, nor a malformed form.
    expect(await handlePrizeAnswer(formOf({ token: "x".repeat(43), answer: "accepted" }), { db: test.db, pages: test.pool, now: new Date() })).toEqual({
      status: "done",
      outcome: { kind: "unknown" },
    });
    expect(await handlePrizeAnswer(formOf({ token, answer: "maybe" }), { db: test.db, pages: test.pool, now: new Date() })).toMatchObject({ outcome: { kind: "unknown" } });

    expect(await answerPrizeOffer(test.db, test.pool, { token, answer: "declined" })).toEqual({ kind: "declined" });
    expect(await answerPrizeOffer(test.db, test.pool, { token, answer: "accepted" })).toEqual({ kind: "alreadyDeclined" });
    expect(await stateOf(entry.id)).toBe("declined");
    const audit = await test.db.auditLog.findMany({ where: { entityType: "prize", entityId: String(offer.prizeId) }, orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([["prize.offer", admin.id], ["prize.decline", null]]);
  });

  it("expires at the deadline without any job, and a revoked win withdraws the link", async () => {
    const [late, revoked] = await Promise.all([createEntry(test.db, { status: "shortlisted" }), createEntry(test.db, { status: "shortlisted" })]);
    await markWinner(test.db, admin, late.id);
    await markWinner(test.db, admin, revoked.id);
    expect(await stateOf(late.id, new Date(deadline.getTime() - 1))).toBe("pending");
    expect(await stateOf(late.id, deadline)).toBe("expired");
    expect(await answer(late, "accepted", deadline)).toEqual({ kind: "expired" });

    await revokeWinner(test.db, admin, revoked.id);
    expect(await answer(revoked, "accepted")).toEqual({ kind: "withdrawn" });
    expect(await stateOf(revoked.id)).toBeUndefined();
  });

  it("accepted, names the winner on the public page at the announcement and expires the cached pages", async () => {
    const [accepting, waiting] = await Promise.all([
      createEntry(test.db, { status: "shortlisted", penName: "受諾するランナー" }),
      createEntry(test.db, { status: "shortlisted", penName: "まだ返事のない人" }),
    ]);
    await markWinner(test.db, admin, accepting.id);
    await markWinner(test.db, admin, waiting.id);
    const before = Date.now();
    expect(await answer(accepting, "accepted")).toEqual({ kind: "accepted" });
    const { rows } = await test.pool.query<{ expiredAt: string }>(`SELECT "expiredAt" FROM "PageCacheTag" WHERE tag = $1`, [PUBLIC_PAGES_TAG]);
    expect(Number(rows[0]!.expiredAt)).toBeGreaterThanOrEqual(before);

    const { announcementAt } = await readSchedule(test.db);
    expect((await publicWinners(test.db, "ja", new Date(announcementAt.getTime() - 1))).winners).toBeNull();
    const named = (await publicWinners(test.db, "ja", announcementAt)).winners!.map((w) => w.penName);
    expect(named).toContain("受諾するランナー");
    expect(named).not.toContain("まだ返事のない人");
    await eraseEntry(test.db, admin, accepting.id);
    expect((await publicWinners(test.db, "ja", announcementAt)).winners).toContainEqual(expect.objectContaining({ id: accepting.id, penName: null }));
  });

  it("is accepted exactly once when the button is pressed twice at the same moment", async () => {
    const entry = await createEntry(test.db, { status: "shortlisted" });
    await markWinner(test.db, admin, entry.id);
    const token = await mailedPrizeToken(test.db, entry.id);
    const outcomes = await Promise.all(Array.from({ length: 4 }, () => answerPrizeOffer(test.db, test.pool, { token, answer: "accepted" })));
    expect(outcomes.map((o) => o.kind).sort()).toEqual(["accepted", "alreadyAccepted", "alreadyAccepted", "alreadyAccepted"]);
    const { prizeId } = await test.db.prizeOffer.findFirstOrThrow({ where: { entryId: entry.id } });
    expect(await test.db.auditLog.count({ where: { action: "prize.accept", entityId: String(prizeId) } })).toBe(1);
  });
});

describe("reserves", () => {
  it("are not mailed at the draw; a declined prize goes to the first reserve in draw order, who is mailed", async () => {
    const { winners, reserves, prizeOf } = await drawOf(5);
    expect(await test.db.outboxEmail.count({ where: { entryId: { in: reserves.map((e) => e.id) } } })).toBe(0);
    const [first] = winners;
    const prizeId = await prizeOf(first!);
    await expect(offerToNextReserve(test.db, admin, prizeId)).rejects.toEqual(refusal("prizeStillPending"));

    await answer(first!, "declined");
    await offerToNextReserve(test.db, admin, prizeId);
    expect(await test.db.entry.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ status: "shortlisted" });
    expect(await test.db.entry.findUniqueOrThrow({ where: { id: reserves[0]!.id } })).toMatchObject({ status: "winner" });
    expect(await test.db.outboxEmail.count({ where: { entryId: reserves[0]!.id } })).toBe(1);
    expect(await test.db.outboxEmail.count({ where: { entryId: { in: reserves.slice(1).map((e) => e.id) } } })).toBe(0);
    const prize = (await prizeBoard(test.db)).find((p) => p.id === prizeId)!;
    expect(prize.current).toMatchObject({ state: "pending", entry: { reference: reserves[0]!.reference } });
    expect(prize.earlier.map((o) => [o.entry.reference, o.state])).toEqual([[first!.reference, "declined"]]);
    expect(await test.db.auditLog.findFirstOrThrow({ where: { action: "prize.pass_on", entityId: String(prizeId) } })).toMatchObject({
      actorId: admin.id,
      before: { state: "declined" },
      after: { reference: reserves[0]!.reference, skipped: [] },
    });

    expect(await answer(reserves[0]!, "accepted")).toEqual({ kind: "accepted" });
    await expect(offerToNextReserve(test.db, admin, prizeId)).rejects.toEqual(refusal("prizeAccepted"));
  });

  it("take an expired prize once a new deadline is set, skipping reserves no longer eligible, until none is left", async () => {
    const { winners, reserves, prizeOf } = await drawOf(4);
    const prizeId = await prizeOf(winners[1]!);
    // The deadline passes without an answer: the prize cannot be offered again until a new one is set.
    await expect(offerToNextReserve(test.db, admin, prizeId, afterDeadline)).rejects.toEqual(refusal("acceptanceDeadlinePassed"));
    await setAcceptanceDeadline(test.db, new Date(deadline.getTime() + 7 * DAY));
    await test.db.entry.update({ where: { id: reserves[0]!.id }, data: { status: "declined" } });
    await offerToNextReserve(test.db, admin, prizeId, afterDeadline);
    expect((await prizeBoard(test.db, afterDeadline)).find((p) => p.id === prizeId)!.current.entry.reference).toBe(reserves[1]!.reference);
    const log = await test.db.auditLog.findFirstOrThrow({ where: { action: "prize.pass_on", entityId: String(prizeId) } });
    expect(log).toMatchObject({ before: { state: "expired" }, after: { skipped: [reserves[0]!.reference] } });

    await answer(reserves[1]!, "declined", afterDeadline);
    const before = await test.db.prizeOffer.count();
    await expect(offerToNextReserve(test.db, admin, prizeId, afterDeadline)).rejects.toEqual(refusal("noReserveLeft"));
    expect(await test.db.prizeOffer.count()).toBe(before);
    expect(await test.db.entry.findUniqueOrThrow({ where: { id: reserves[1]!.id } })).toMatchObject({ status: "winner" });
  });

  it("do not exist for a prize chosen by the jury", async () => {
    const entry = await createEntry(test.db, { status: "shortlisted" });
    await markWinner(test.db, admin, entry.id);
    await answer(entry, "declined");
    const { prizeId } = await test.db.prizeOffer.findFirstOrThrow({ where: { entryId: entry.id } });
    await expect(offerToNextReserve(test.db, admin, prizeId)).rejects.toEqual(refusal("juryPrizeHasNoReserves"));
  });

  it("get one offer when two admins pass the same prize on at the same moment", async () => {
    const { winners, reserves, prizeOf } = await drawOf(6);
    const second = await createStaff(test.db, { role: "admin" });
    await answer(winners[0]!, "declined");
    const prizeId = await prizeOf(winners[0]!);
    const results = await Promise.allSettled([offerToNextReserve(test.db, admin, prizeId), offerToNextReserve(test.db, second, prizeId)]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toEqual(refusal("prizeStillPending"));
    expect(await test.db.prizeOffer.count({ where: { prizeId } })).toBe(2);
    expect(await test.db.entry.count({ where: { id: { in: reserves.map((e) => e.id) }, status: "winner" } })).toBe(1);
    expect(await test.db.outboxEmail.count({ where: { entryId: { in: reserves.map((e) => e.id) } } })).toBe(1);
  });
});

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}
