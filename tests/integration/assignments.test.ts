import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/generated/prisma/client";
import { assignByFilter, assignEntries, declareConflict, reassignEntry } from "@/lib/review/assignments";
import { entryStats } from "@/lib/review/entry-stats";
import { eraseEntry } from "@/lib/review/erasure";
import { ReviewError } from "@/lib/review/errors";
import { parseEntryFilter } from "@/lib/review/filters";
import { windowProgress } from "@/lib/review/progress";
import { nextInQueue, queueFor, queuePosition } from "@/lib/review/queue";
import { saveScore, scoresFor } from "@/lib/review/scores";
import { seed } from "@/prisma/seed";
import { createEntries, createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
let admin: StaffUser;

beforeAll(async () => {
  test = await createTestDatabase();
  await seed(test.db);
  admin = await createStaff(test.db, { role: "admin" });
});
afterAll(() => test.drop());

const refusal = (code: string) => expect.objectContaining({ constructor: ReviewError, code });
const reviewers = (count: number) => Promise.all(Array.from({ length: count }, () => createStaff(test.db)));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);
const rubric = (point: number) => ({ connection: point, originality: point, storytelling: point });

async function loads(reviewerIds: string[]) {
  return Promise.all(reviewerIds.map((reviewerId) => test.db.assignment.count({ where: { reviewerId } })));
}

describe("assigning", () => {
  it("gives every entry of a window exactly N distinct reviewers, with loads within one of each other", async () => {
    // Window 2 belongs to this test alone: the other tests use window 1.
    const entries = await createEntries(test.db, 31, { windowNumber: 2 });
    const erased = await createEntry(test.db, { windowNumber: 2 });
    await eraseEntry(test.db, admin, erased.id);
    const team = ids(await reviewers(3));

    const result = await assignByFilter(test.db, admin, { filter: parseEntryFilter({ window: "2" }), reviewerIds: team });

    expect(result).toMatchObject({ changedEntries: 31, created: 62, shortEntries: 0 });
    const rows = await test.db.assignment.findMany({ where: { entryId: { in: ids(entries) } } });
    const perEntry = new Map<string, Set<string>>();
    for (const row of rows) perEntry.set(row.entryId, (perEntry.get(row.entryId) ?? new Set()).add(row.reviewerId));
    expect([...perEntry.values()].map((set) => set.size)).toEqual(Array(31).fill(2));
    expect(await test.db.assignment.count({ where: { entryId: erased.id } })).toBe(0);
    const load = await loads(team);
    expect(load.reduce((a, b) => a + b)).toBe(62);
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(1);

    // One audit row per entry, naming the reviewers before and after.
    const audit = await test.db.auditLog.findMany({ where: { action: "entry.assign", entityId: { in: ids(entries) } } });
    expect(audit).toHaveLength(31);
    expect(audit[0]).toMatchObject({ actorId: admin.id, before: { reviewers: [] } });
    expect((audit[0]!.after as { reviewers: string[] }).reviewers).toHaveLength(2);

    // Assigning again finds nothing to do, and changes nothing.
    await expect(assignByFilter(test.db, admin, { filter: parseEntryFilter({ window: "2" }), reviewerIds: team })).rejects.toEqual(refusal("nothingToAssign"));
    expect(await test.db.assignment.count({ where: { entryId: { in: ids(entries) } } })).toBe(62);
  });

  it("tops entries up to the setting, by hand gives every listed reviewer the entry, and refuses whole", async () => {
    await test.db.campaignSettings.update({ where: { id: 1 }, data: { reviewsPerEntry: 3 } });
    try {
      const [a, b, c, d] = ids(await reviewers(4));
      const entry = await createEntry(test.db, { windowNumber: 1 });
      await assignEntries(test.db, { entryIds: [entry.id], reviewerIds: [a!], actor: admin, perEntry: "each" });
      const result = await assignEntries(test.db, { entryIds: [entry.id], reviewerIds: [b!, c!, d!], actor: admin });
      expect(result).toMatchObject({ changedEntries: 1, created: 2 });
      expect(await test.db.assignment.count({ where: { entryId: entry.id } })).toBe(3);

      const unconfirmed = await createEntry(test.db, { windowNumber: 1, confirmedAt: null });
      const other = await createEntry(test.db, { windowNumber: 1 });
      await expect(assignEntries(test.db, { entryIds: [other.id, unconfirmed.id], reviewerIds: [a!], actor: admin })).rejects.toEqual(refusal("notFound"));
      await expect(assignEntries(test.db, { entryIds: [other.id], reviewerIds: [a!, admin.id], actor: admin })).rejects.toEqual(refusal("reviewerUnavailable"));
      const reviewer = await test.db.staffUser.findUniqueOrThrow({ where: { id: a! } });
      await expect(assignEntries(test.db, { entryIds: [other.id], reviewerIds: [a!], actor: reviewer })).rejects.toEqual(refusal("forbidden"));
      expect(await test.db.assignment.count({ where: { entryId: other.id } })).toBe(0);
    } finally {
      await test.db.campaignSettings.update({ where: { id: 1 }, data: { reviewsPerEntry: 2 } });
    }
  });

  it("lets an admin move an unscored assignment to another reviewer, audited", async () => {
    const [a, b] = await reviewers(2);
    const entry = await createEntry(test.db, { windowNumber: 1 });
    await assignEntries(test.db, { entryIds: [entry.id], reviewerIds: [a!.id], actor: admin, perEntry: "each" });
    await reassignEntry(test.db, admin, { entryId: entry.id, fromReviewerId: a!.id, toReviewerId: b!.id });
    expect((await test.db.assignment.findMany({ where: { entryId: entry.id } })).map((r) => r.reviewerId)).toEqual([b!.id]);
    const [log] = await test.db.auditLog.findMany({ where: { action: "entry.reassign", entityId: entry.id } });
    expect(log).toMatchObject({ actorId: admin.id, before: { reviewerId: a!.id }, after: { reviewerId: b!.id } });

    await saveScore(test.db, b!, entry.id, rubric(3));
    await expect(reassignEntry(test.db, admin, { entryId: entry.id, fromReviewerId: b!.id, toReviewerId: a!.id })).rejects.toEqual(refusal("alreadyScored"));
  });
});

describe("a conflict of interest", () => {
  it("moves the entry to another reviewer for good, audited", async () => {
    // A third reviewer is there to take the entry over.
    const [a, b] = await reviewers(3);
    const entry = await createEntry(test.db, { windowNumber: 1 });
    await assignEntries(test.db, { entryIds: [entry.id], reviewerIds: [a!.id, b!.id], actor: admin, perEntry: "each" });

    await declareConflict(test.db, a!, entry.id);

    const holders = (await test.db.assignment.findMany({ where: { entryId: entry.id } })).map((r) => r.reviewerId);
    expect(holders).not.toContain(a!.id);
    expect(holders).toHaveLength(2);
    const replacement = holders.find((id) => id !== b!.id)!;
    expect(replacement).not.toBe(a!.id);
    expect(await test.db.reviewConflict.count({ where: { entryId: entry.id, reviewerId: a!.id } })).toBe(1);
    const [log] = await test.db.auditLog.findMany({ where: { action: "entry.conflict", entityId: entry.id } });
    expect(log).toMatchObject({ actorId: a!.id, before: { reviewerId: a!.id }, after: { reviewerId: replacement } });

    // Never given back to them, even by hand.
    await expect(assignEntries(test.db, { entryIds: [entry.id], reviewerIds: [a!.id], actor: admin, perEntry: "each" })).rejects.toEqual(refusal("nothingToAssign"));
    // Only one's own, open assignment can be handed back.
    await expect(declareConflict(test.db, a!, entry.id)).rejects.toEqual(refusal("notAssigned"));
    await saveScore(test.db, b!, entry.id, rubric(4));
    await expect(declareConflict(test.db, b!, entry.id)).rejects.toEqual(refusal("alreadyScored"));
  });
});

describe("a reviewer's queue", () => {
  it("lists assigned, unscored entries oldest first, and moves on after each score", async () => {
    const [me, other] = await reviewers(2);
    const [newest, oldest, middle] = await Promise.all([
      createEntry(test.db, { windowNumber: 1, submittedAt: minutesAgo(10) }),
      createEntry(test.db, { windowNumber: 1, submittedAt: minutesAgo(30) }),
      createEntry(test.db, { windowNumber: 1, submittedAt: minutesAgo(20) }),
    ]);
    const notMine = await createEntry(test.db, { windowNumber: 1, submittedAt: minutesAgo(40) });
    await assignEntries(test.db, { entryIds: ids([newest, oldest, middle]), reviewerIds: [me!.id], actor: admin, perEntry: "each" });
    await assignEntries(test.db, { entryIds: [notMine.id], reviewerIds: [other!.id], actor: admin, perEntry: "each" });

    const queue = await queueFor(test.db, me!.id);
    expect(queue.rows.map((r) => r.entryId)).toEqual(ids([oldest, middle, newest]));
    expect(queue).toMatchObject({ assigned: 3, scored: 0 });
    expect(await queuePosition(test.db, me!.id, middle.id)).toEqual({ position: 2, total: 3, scored: false, nextEntryId: newest.id });
    // Skipping past the last one wraps to the oldest still open.
    expect((await queuePosition(test.db, me!.id, newest.id))?.nextEntryId).toBe(oldest.id);
    expect(await queuePosition(test.db, me!.id, notMine.id)).toBeNull();

    await saveScore(test.db, me!, oldest.id, rubric(4));
    expect(await nextInQueue(test.db, me!.id, oldest.id)).toBe(middle.id);
    expect((await queueFor(test.db, me!.id)).rows.map((r) => r.entryId)).toEqual(ids([middle, newest]));
    expect(await queuePosition(test.db, me!.id, middle.id)).toMatchObject({ position: 2, total: 3 });

    await saveScore(test.db, me!, newest.id, rubric(3));
    await saveScore(test.db, me!, middle.id, rubric(2));
    expect(await nextInQueue(test.db, me!.id, middle.id)).toBeNull();
    expect(await queueFor(test.db, me!.id)).toMatchObject({ assigned: 3, scored: 3, rows: [] });
  });

  it("shows a reviewer nothing of the others' scores, not even how many, before they score", async () => {
    const [a, b] = await reviewers(2);
    const entry = await createEntry(test.db, { windowNumber: 1 });
    await saveScore(test.db, a!, entry.id, rubric(5));
    expect(await scoresFor(test.db, b!, entry.id)).toEqual({ mine: null, count: null, visible: null });
    await saveScore(test.db, b!, entry.id, rubric(2));
    expect((await scoresFor(test.db, b!, entry.id)).visible?.summary).toMatchObject({ count: 2, spread: 3 });
  });

  it("loses an erased entry's open assignments", async () => {
    const [me] = await reviewers(1);
    const entry = await createEntry(test.db, { windowNumber: 1 });
    await assignEntries(test.db, { entryIds: [entry.id], reviewerIds: [me!.id], actor: admin, perEntry: "each" });
    await eraseEntry(test.db, admin, entry.id);
    expect(await queueFor(test.db, me!.id)).toMatchObject({ assigned: 0, rows: [] });
  });
});

describe("progress and charts", () => {
  it("counts per reviewer, per day, short entries and the widest spreads", async () => {
    const local = await createTestDatabase();
    try {
      await seed(local.db);
      const boss = await createStaff(local.db, { role: "admin" });
      const [a, b] = await Promise.all([createStaff(local.db, { displayName: "A" }), createStaff(local.db, { displayName: "B" })]);
      const entries = await createEntries(local.db, 4, { windowNumber: 1, language: "ja", role: "runner", km: 30 });
      await assignEntries(local.db, { entryIds: ids(entries), reviewerIds: [a.id, b.id], actor: boss });
      await saveScore(local.db, a, entries[0]!.id, rubric(5));
      await saveScore(local.db, b, entries[0]!.id, rubric(1));
      await saveScore(local.db, a, entries[1]!.id, rubric(3));

      const progress = await windowProgress(local.db, 1);
      expect(progress.reviewers).toEqual([
        { reviewerId: a.id, displayName: "A", assigned: 4, scored: 2, remaining: 2, completion: 0.5 },
        { reviewerId: b.id, displayName: "B", assigned: 4, scored: 1, remaining: 3, completion: 0.25 },
      ]);
      expect(progress.reviewsPerDay.reduce((sum, d) => sum + d.count, 0)).toBe(3);
      expect(progress).toMatchObject({ entries: 4, reviewsPerEntry: 2, short: { count: 3 } });
      expect(progress.short.entries.map((e) => e.scoreCount)).toEqual([0, 0, 1]);
      expect(progress.widestSpread).toEqual([expect.objectContaining({ id: entries[0]!.id, scoreCount: 2, scoreAverage: 3, scoreSpread: 4 })]);

      const stats = await entryStats(local.db);
      expect(stats.perDay.map((w) => [w.windowNumber, w.days.reduce((sum, d) => sum + d.count, 0)])).toEqual([[1, 4]]);
      expect(stats.byLanguage).toEqual([{ language: "ja", count: 4 }]);
      expect(stats.byRole).toEqual([{ role: "runner", count: 4 }]);
      expect(stats.byKm[30]).toEqual({ km: 30, count: 4 });
      expect(stats.byKm).toHaveLength(43);
      expect(stats.withoutKm).toBe(0);

      // The tally follows the entries: a km moved, an entry gone, one not yet confirmed.
      await local.db.entry.update({ where: { id: entries[0]!.id }, data: { km: null } });
      await local.db.entry.delete({ where: { id: entries[1]!.id } });
      await createEntry(local.db, { windowNumber: 1, confirmedAt: null });
      const after = await entryStats(local.db);
      expect(after.byKm[30]).toEqual({ km: 30, count: 2 });
      expect(after.withoutKm).toBe(1);
      expect(after.byLanguage).toEqual([{ language: "ja", count: 3 }]);
    } finally {
      await local.drop();
    }
  });
});
