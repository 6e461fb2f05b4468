import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/generated/prisma/client";
import { parseJstMinute } from "@/lib/campaign/jst";
import { readSchedule } from "@/lib/campaign/schedule";
import { ReviewError } from "@/lib/review/errors";
import { eraseEntry } from "@/lib/review/erasure";
import { readSettings, settingsFormValues, updateSettings } from "@/lib/settings/settings";
import { cancelDraw, drawOrder, eligibleListHash, prepareDraw, runDraw, seedHash } from "@/lib/winners/draw";
import { publicDraws } from "@/lib/winners/public-draws";
import { checkPublishedDraw } from "@/lib/winners/verify";
import { answerPrizeOffer } from "@/lib/winners/prize-offers";
import { markWinner, publicWinners, revokeWinner } from "@/lib/winners/winners";
import { seed } from "@/prisma/seed";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { mailedPrizeToken, setAcceptanceDeadline } from "../support/prizes";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
let admin: StaffUser;
let reviewer: StaffUser;

beforeAll(async () => {
  test = await createTestDatabase();
  await seed(test.db);
  admin = await createStaff(test.db, { role: "admin" });
  reviewer = await createStaff(test.db);
  await setAcceptanceDeadline(test.db, parseJstMinute("2027-04-01 12:00"));
});
afterAll(() => test.drop());
beforeEach(async () => {
  // Each test starts without winners or shortlist.
  await test.db.entry.updateMany({ where: { status: { in: ["winner", "shortlisted", "featured"] } }, data: { status: "declined" } });
  await test.db.campaignSettings.update({ where: { id: 1 }, data: { prizeCount: 3 } });
});

const refusal = (code: string) => expect.objectContaining({ constructor: ReviewError, code });

describe("winners", () => {
  it("are limited to the number of prizes, even when marked at the same moment", async () => {
    const entries = await Promise.all(Array.from({ length: 5 }, () => createEntry(test.db, { status: "shortlisted" })));
    const results = await Promise.allSettled(entries.map((e) => markWinner(test.db, admin, e.id)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["prizesExhausted", "prizesExhausted"]);
    expect(await test.db.entry.count({ where: { status: "winner" } })).toBe(3);
  });

  it("come from the shortlist, are marked by admins only, and can be revoked", async () => {
    const received = await createEntry(test.db);
    await expect(markWinner(test.db, admin, received.id)).rejects.toEqual(refusal("transitionNotAllowed"));
    const entry = await createEntry(test.db, { status: "shortlisted" });
    await expect(markWinner(test.db, reviewer, entry.id)).rejects.toEqual(refusal("forbidden"));
    await markWinner(test.db, admin, entry.id);
    await revokeWinner(test.db, admin, entry.id);
    expect((await test.db.entry.findUniqueOrThrow({ where: { id: entry.id } })).status).toBe("shortlisted");
  });

  it("appear on the public page only from the announcement time, and only once they accept", async () => {
    const entry = await createEntry(test.db, { status: "shortlisted", penName: "発表前のランナー", title: "まだ秘密の物語" });
    const hidden = await createEntry(test.db, { status: "shortlisted", penName: "公開不可の人", title: "公開しないでほしい題", publicationConsent: false });
    const silent = await createEntry(test.db, { status: "shortlisted", penName: "返事をしない人" });
    for (const winner of [entry, hidden, silent]) await markWinner(test.db, admin, winner.id);
    for (const winner of [entry, hidden]) await answerPrizeOffer(test.db, test.pool, { token: await mailedPrizeToken(test.db, winner.id), answer: "accepted" });
    const { announcementAt } = await readSchedule(test.db);
    const before = await publicWinners(test.db, "ja", new Date(announcementAt.getTime() - 1));
    expect(before.winners).toBeNull();
    const after = await publicWinners(test.db, "ja", announcementAt);
    expect(after.winners).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ penName: "発表前のランナー", title: "まだ秘密の物語" }),
        expect.objectContaining({ penName: "公開不可の人", title: null }),
      ]),
    );
    expect(after.winners!.map((w) => w.id)).not.toContain(silent.id);
    await eraseEntry(test.db, admin, entry.id);
    const erased = await publicWinners(test.db, "ja", announcementAt);
    expect(erased.winners).toContainEqual(expect.objectContaining({ id: entry.id, penName: null, title: null }));
  });
});

describe("the draw nobody can choose", () => {
  const publicSource = "ロト7 第600回（2027年3月27日）の本数字";
  const publicValue = "04 11 19 23 30 33 36";

  it("publishes its commitment when prepared, allows one open draw per window, and logs the full order when run", async () => {
    const shortlisted = await Promise.all(Array.from({ length: 8 }, () => createEntry(test.db, { status: "shortlisted", windowNumber: 1 })));
    const { draw } = await prepareDraw(test.db, admin, { windowNumber: 1, publicSource });
    const references = shortlisted.map((e) => e.reference).sort();
    expect(draw).toMatchObject({ eligible: references, listHash: eligibleListHash(references), seedHash: seedHash(draw.seed), publicSource, prizeCount: 3 });
    expect(await test.db.entry.count({ where: { status: "winner" } })).toBe(0); // nothing drawn yet
    await expect(prepareDraw(test.db, admin, { windowNumber: 1, publicSource })).rejects.toEqual(refusal("drawAlreadyOpen"));

    const { order, winners, reserves } = await runDraw(test.db, admin, draw.id, `  ${publicValue} `);
    expect(order).toEqual(drawOrder(references, draw.seed, publicValue));
    expect(winners).toEqual(order.slice(0, 3));
    expect(reserves).toEqual(order.slice(3));
    expect((await test.db.entry.findMany({ where: { status: "winner" }, select: { reference: true } })).map((e) => e.reference).sort()).toEqual([...winners].sort());
    await expect(runDraw(test.db, admin, draw.id, publicValue)).rejects.toEqual(refusal("drawAlreadyRun"));

    const log = await test.db.auditLog.findMany({ where: { entityType: "draw", entityId: String(draw.id) }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["draw.prepare", "draw.run"]);
    expect(log[0]!.after).toEqual({ windowNumber: 1, listHash: draw.listHash, seedHash: draw.seedHash, publicSource, eligible: references, prizeCount: 3 });
    expect(JSON.stringify(log[0]!.after)).not.toContain(draw.seed);
    expect(log[1]!.after).toEqual({ listHash: draw.listHash, seed: draw.seed, publicValue, order, skipped: [], winners, reserves });
  });

  it("skips entries withdrawn or erased since the commitment instead of redrawing, and ignores entries shortlisted later", async () => {
    const shortlisted = await Promise.all(Array.from({ length: 5 }, () => createEntry(test.db, { status: "shortlisted", windowNumber: 2 })));
    const { draw } = await prepareDraw(test.db, admin, { windowNumber: 2, publicSource });
    const order = drawOrder(draw.eligible, draw.seed, publicValue);
    const [first, second] = order.map((reference) => shortlisted.find((e) => e.reference === reference)!);
    await eraseEntry(test.db, admin, first!.id);
    await test.db.entry.update({ where: { id: second!.id }, data: { status: "declined" } });
    const late = await createEntry(test.db, { status: "shortlisted", windowNumber: 2 });

    const result = await runDraw(test.db, admin, draw.id, publicValue);
    expect(result.order).toEqual(order);
    expect(result.winners).toEqual(order.slice(2, 5));
    expect(result.reserves).toEqual([]);
    expect((await test.db.prizeDraw.findUniqueOrThrow({ where: { id: draw.id } })).skipped).toEqual(order.slice(0, 2));
    expect(result.winners).not.toContain(late.reference);
    await expect(prepareDraw(test.db, reviewer, { publicSource })).rejects.toEqual(refusal("forbidden"));
  });

  it("can be cancelled, leaving a public, audited record, and then prepared again", async () => {
    await Promise.all(Array.from({ length: 2 }, () => createEntry(test.db, { status: "shortlisted", windowNumber: 1 })));
    const { draw } = await prepareDraw(test.db, admin, { windowNumber: 1, publicSource });
    await cancelDraw(test.db, admin, draw.id);
    await expect(runDraw(test.db, admin, draw.id, publicValue)).rejects.toEqual(refusal("drawCancelled"));
    const cancelled = (await publicDraws(test.db)).find((d) => d.id === draw.id);
    expect(cancelled).toMatchObject({ listHash: draw.listHash, seedHash: draw.seedHash, cancelledAt: expect.any(Date), revealed: null });
    expect(await test.db.auditLog.count({ where: { entityType: "draw", entityId: String(draw.id), action: "draw.cancel" } })).toBe(1);
    const { draw: again } = await prepareDraw(test.db, admin, { windowNumber: 1, publicSource });
    await cancelDraw(test.db, admin, again.id);
  });

  it("reveals the seed, the public value and the order only from the announcement on, and can be checked from that alone", async () => {
    // Ten entries: another public value then gives the same order once in 10! draws, not once in 4!.
    const entries = await Promise.all(
      Array.from({ length: 10 }, (_, i) => createEntry(test.db, { status: "shortlisted", windowNumber: 1, penName: `抽選ランナー${i}` })),
    );
    const jury = await createEntry(test.db, { status: "shortlisted", windowNumber: 2, penName: "審査員が選んだ人" });
    await markWinner(test.db, admin, jury.id);
    const { draw } = await prepareDraw(test.db, admin, { windowNumber: 1, publicSource });
    const { winners } = await runDraw(test.db, admin, draw.id, publicValue);
    const { announcementAt } = await readSchedule(test.db);
    // Every winner but the first drawn accepts: only they are named.
    const [declining, ...accepting] = winners.map((reference) => entries.find((e) => e.reference === reference)!);
    await test.db.prizeOffer.updateMany({ where: { entryId: { in: [jury.id, ...accepting.map((e) => e.id)] } }, data: { answer: "accepted" } });
    await test.db.prizeOffer.updateMany({ where: { entryId: declining!.id }, data: { answer: "declined" } });

    const before = (await publicDraws(test.db, new Date(announcementAt.getTime() - 1))).find((d) => d.id === draw.id)!;
    expect(before).toMatchObject({ eligible: draw.eligible, seedHash: draw.seedHash, publicSource, revealed: null });
    expect(JSON.stringify(before)).not.toContain(draw.seed);
    expect(JSON.stringify(before)).not.toContain("抽選ランナー");
    expect(checkPublishedDraw(before)).toEqual([{ name: "listHash", passed: true }]);

    const after = (await publicDraws(test.db, announcementAt)).find((d) => d.id === draw.id)!;
    expect(after.revealed).toMatchObject({ seed: draw.seed, publicValue });
    const namedWinners = after.revealed!.order.filter((row) => row.outcome === "winner").map((row) => [row.reference, row.penName]);
    expect(Object.fromEntries(namedWinners)).toEqual(Object.fromEntries([[declining!.reference, null], ...accepting.map((e) => [e.reference, e.penName])]));
    expect(after.revealed!.order.filter((row) => row.outcome === "reserve").every((row) => row.penName === null)).toBe(true);
    expect(checkPublishedDraw(after).every((check) => check.passed)).toBe(true);
    const forged = { ...after, revealed: { ...after.revealed!, publicValue: "04 11 19 23 30 33 37" } };
    expect(checkPublishedDraw(forged).find((check) => check.name === "order")!.passed).toBe(false);

    const listed = (await publicWinners(test.db, "ja", announcementAt)).winners!;
    expect(listed.find((w) => w.id === jury.id)!.drawn).toBe(false);
    expect(listed.filter((w) => w.drawn)).toHaveLength(1);
  });
});

describe("settings", () => {
  it("save windows and announcement in Japan time, refuse incoherent ones, and log the change", async () => {
    const current = settingsFormValues(await readSettings(test.db));
    const [first, second] = current.windows;
    const changed = { ...current, windows: [{ ...first, opensAt: "2026-12-20T09:00", closesAt: "2027-01-31T23:59" }, second!] as typeof current.windows, prizeCount: 12 };
    await updateSettings(test.db, admin, changed);
    const schedule = await readSchedule(test.db);
    expect(schedule.windows[0].opensAt).toEqual(parseJstMinute("2026-12-20 09:00"));
    expect(schedule.windows[0].closesAt).toEqual(parseJstMinute("2027-01-31 23:59", { endOfMinute: true }));
    expect((await readSettings(test.db)).prizeCount).toBe(12);

    const overlapping = { ...changed, windows: [changed.windows[0], { ...second!, opensAt: "2027-01-15T10:00" }] as typeof current.windows };
    await expect(updateSettings(test.db, admin, overlapping)).rejects.toEqual(expect.objectContaining({ key: "windowsOverlap", params: { number: 2, previous: 1 } }));
    expect((await readSchedule(test.db)).windows[1]!.opensAt).toEqual(schedule.windows[1]!.opensAt);
    await expect(updateSettings(test.db, reviewer, changed)).rejects.toEqual(refusal("forbidden"));

    const log = await test.db.auditLog.findFirstOrThrow({ where: { action: "settings.update" }, orderBy: { id: "desc" } });
    expect(log.before).toMatchObject({ windows: [{ number: 1, opensAt: first.opensAt }, { number: 2 }], prizeCount: 3 });
    expect(log.after).toMatchObject({ windows: [{ number: 1, opensAt: "2026-12-20T09:00", closesAt: "2027-01-31T23:59" }, { number: 2 }], prizeCount: 12 });
  });

  it("refuse a form that shows another list of windows than the one stored", async () => {
    const current = settingsFormValues(await readSettings(test.db));
    await expect(updateSettings(test.db, admin, { ...current, windows: [current.windows[0]] })).rejects.toEqual(expect.objectContaining({ key: "windowsChanged" }));
    expect(settingsFormValues(await readSettings(test.db))).toEqual(current);
  });

  it("refuse fewer prizes than winners already marked", async () => {
    for (let i = 0; i < 2; i++) await markWinner(test.db, admin, (await createEntry(test.db, { status: "shortlisted" })).id);
    const values = settingsFormValues(await readSettings(test.db));
    await expect(updateSettings(test.db, admin, { ...values, prizeCount: 1 })).rejects.toEqual(expect.objectContaining({ key: "prizeCountBelowWinners" }));
    expect((await readSettings(test.db)).prizeCount).toBe(3);
    await updateSettings(test.db, admin, { ...values, prizeCount: 2 });
  });
});
