import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/generated/prisma/client";
import { Refusal } from "@/lib/admin/refusal";
import { bulkSetStatus, bulkTag, selectedEntryIds } from "@/lib/review/bulk";
import { eraseEntry } from "@/lib/review/erasure";
import { parseEntryFilter } from "@/lib/review/filters";
import { entryListQueries, listEntries } from "@/lib/review/list";
import { updateRankingPrior } from "@/lib/review/ranking";
import { deleteView, listSavedViews, saveView } from "@/lib/review/saved-views";
import { saveScore } from "@/lib/review/scores";
import { bulkFormToObject, bulkSchema } from "@/lib/validation/bulk";
import { MAX_TAGS_PER_ENTRY } from "@/lib/validation/tags";
import { createEntries, createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
let admin: StaffUser;
let reviewer: StaffUser;

beforeAll(async () => {
  test = await createTestDatabase();
  admin = await createStaff(test.db, { role: "admin" });
  reviewer = await createStaff(test.db);
});
afterAll(() => test.drop());

/** The refusal a call ends with: its message key and placeholders. */
async function refusalOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Refusal);
  const { key, params } = error as Refusal;
  return { key, params };
}

const auditRows = (ids: string[], action: string) => test.db.auditLog.findMany({ where: { entityId: { in: ids }, action }, orderBy: { id: "asc" } });
const statuses = async (ids: string[]) => (await test.db.entry.findMany({ where: { id: { in: ids } }, select: { status: true } })).map((e) => e.status);

describe("bulk status", () => {
  it("shortlists every entry in one go, one audit row per changed entry, and counts those already shortlisted", async () => {
    const entries = await createEntries(test.db, 20, { status: "in_review" });
    const already = await createEntry(test.db, { status: "shortlisted" });
    const ids = [...entries.map((e) => e.id), already.id];
    const summary = await bulkSetStatus(test.db, admin, ids, "shortlisted");
    expect(summary).toMatchObject({ changed: 20, unchanged: 1 });
    expect(summary.audit).toHaveLength(20);
    expect(await statuses(ids)).toEqual(Array(21).fill("shortlisted"));
    const audit = await auditRows(ids, "entry.status");
    expect(audit).toHaveLength(20);
    expect(new Set(audit.map((a) => a.entityId))).toEqual(new Set(entries.map((e) => e.id)));
    expect(audit.every((a) => a.actorId === admin.id && (a.after as { status: string }).status === "shortlisted")).toBe(true);
  });

  it("is refused whole when one entry may not make the move (workflow), naming it, and changes nothing", async () => {
    const movable = await createEntries(test.db, 3, { status: "in_review" });
    const stuck = await createEntry(test.db, { status: "declined" }); // declined → shortlisted is not a move the workflow allows
    const ids = [...movable.map((e) => e.id), stuck.id];
    expect(await refusalOf(bulkSetStatus(test.db, admin, ids, "shortlisted"))).toEqual({
      key: "bulk.transitionNotAllowed",
      params: { count: 1, references: stuck.reference },
    });
    expect(await statuses(ids)).toEqual(expect.arrayContaining(["in_review", "in_review", "in_review", "declined"]));
    expect(await auditRows(ids, "entry.status")).toEqual([]);
  });

  it("is refused whole when an entry's personal data was erased", async () => {
    const [a, b] = await createEntries(test.db, 2, { status: "in_review" });
    await eraseEntry(test.db, admin, b!.id);
    expect((await refusalOf(bulkSetStatus(test.db, admin, [a!.id, b!.id], "declined"))).key).toBe("bulk.erased");
    expect(await statuses([a!.id])).toEqual(["in_review"]);
  });

  it("is refused for a reviewer, and for an entry that is not confirmed", async () => {
    const entry = await createEntry(test.db, { status: "in_review" });
    expect((await refusalOf(bulkSetStatus(test.db, reviewer, [entry.id], "shortlisted"))).key).toBe("forbidden");
    const waiting = await createEntry(test.db, { status: "in_review", confirmedAt: null });
    expect(await refusalOf(bulkSetStatus(test.db, admin, [entry.id, waiting.id], "shortlisted"))).toEqual({ key: "bulk.missing", params: { count: 1 } });
    expect(await statuses([entry.id])).toEqual(["in_review"]);
  });
});

describe("selection", () => {
  it("takes all entries matching the filter only when the confirmed number still matches", async () => {
    const tag = `選択${Date.now()}`;
    const entries = await createEntries(test.db, 4, { title: `絞り込み ${tag}`, status: "received" });
    const query = `q=${encodeURIComponent(tag)}`;
    const ids = await selectedEntryIds(test.db, admin, { scope: "filter", query, confirmed: 4 });
    expect(new Set(ids)).toEqual(new Set(entries.map((e) => e.id)));
    await createEntry(test.db, { title: `絞り込み ${tag}` });
    expect(await refusalOf(selectedEntryIds(test.db, admin, { scope: "filter", query, confirmed: 4 }))).toEqual({ key: "bulk.selectionChanged", params: { count: 5 } });
    expect((await refusalOf(selectedEntryIds(test.db, admin, { scope: "checked", ids: [] }))).key).toBe("bulk.noneSelected");
  });

  it("reads the form's fields: the ticked rows, the pressed button, and a bounded tag", () => {
    const form = new FormData();
    form.set("scope", "checked");
    form.append("ids", "0b8e6c8a-8a43-4d4e-9a59-3f4a9e2b1c01");
    form.append("ids", "0b8e6c8a-8a43-4d4e-9a59-3f4a9e2b1c02");
    form.set("change", "status:shortlisted");
    expect(bulkSchema.parse(bulkFormToObject(form))).toEqual({
      selection: { scope: "checked", ids: ["0b8e6c8a-8a43-4d4e-9a59-3f4a9e2b1c01", "0b8e6c8a-8a43-4d4e-9a59-3f4a9e2b1c02"] },
      change: { do: "status", status: "shortlisted" },
    });
    form.set("change", "status:winner");
    expect(bulkSchema.safeParse(bulkFormToObject(form)).success).toBe(false); // winners have their own action
    form.set("change", "tag");
    form.set("tag", "  ＳＮＳ候補 ");
    expect(bulkSchema.parse(bulkFormToObject(form)).change).toEqual({ do: "tag", tag: "SNS候補" });
    form.set("tag", "長".repeat(31));
    expect(bulkSchema.safeParse(bulkFormToObject(form)).success).toBe(false);
    form.set("change", "assign");
    expect(bulkSchema.safeParse(bulkFormToObject(form)).success).toBe(false); // no reviewer chosen
    form.append("reviewer", reviewer.id);
    expect(bulkSchema.parse(bulkFormToObject(form)).change).toEqual({ do: "assign", reviewerIds: [reviewer.id] });
  });
});

describe("tags", () => {
  it("are added and removed in bulk, audited per entry, and filter the list", async () => {
    const entries = await createEntries(test.db, 3);
    const ids = entries.map((e) => e.id);
    const added = await bulkTag(test.db, reviewer, ids.slice(0, 2), "SNS候補", "add");
    expect(added).toMatchObject({ changed: 2, unchanged: 0 });
    expect(await auditRows(ids, "entry.tags")).toHaveLength(2);
    expect((await bulkTag(test.db, reviewer, ids, "SNS候補", "add")).changed).toBe(1);

    const tagged = await listEntries(test.db, admin, parseEntryFilter({ tag: "SNS候補" }));
    expect(new Set(tagged.rows.map((r) => r.id))).toEqual(new Set(ids));
    expect(tagged.rows[0]!.tags).toEqual(["SNS候補"]);

    expect((await bulkTag(test.db, admin, ids.slice(1), "SNS候補", "remove")).changed).toBe(2);
    expect((await listEntries(test.db, admin, parseEntryFilter({ tag: "SNS候補" }))).rows.map((r) => r.id)).toEqual([ids[0]]);
    expect(await refusalOf(bulkTag(test.db, admin, ids.slice(1), "SNS候補", "remove"))).toEqual({ key: "bulk.nothingToChange", params: { count: 2 } });
  });

  it("are bounded in number per entry, refusing the whole action", async () => {
    const [full, other] = await createEntries(test.db, 2);
    for (let i = 0; i < MAX_TAGS_PER_ENTRY; i++) await bulkTag(test.db, admin, [full!.id], `ラベル${i}`, "add");
    expect(await refusalOf(bulkTag(test.db, admin, [full!.id, other!.id], "もう一つ", "add"))).toEqual({
      key: "bulk.tooManyTags",
      params: { count: 1, references: full!.reference },
    });
    expect((await test.db.entry.findUniqueOrThrow({ where: { id: other!.id } })).tags).toEqual([]);
  });
});

describe("ranked average", () => {
  it("does not rank an entry with a single high score above one with several good scores, and follows the prior", async () => {
    const marker = `ランキング${Date.now()}`;
    const [single, several] = await createEntries(test.db, 2, { title: `順位 ${marker}` });
    const others = await Promise.all([createStaff(test.db), createStaff(test.db), createStaff(test.db)]);
    await saveScore(test.db, others[0]!, single!.id, { connection: 5, originality: 5, storytelling: 5 });
    for (const staff of others) await saveScore(test.db, staff, several!.id, { connection: 5, originality: 5, storytelling: 4 });

    const order = async (sort: string) => (await listEntries(test.db, admin, parseEntryFilter({ q: marker, sort }))).rows.map((r) => r.id);
    expect(await order("score")).toEqual([single!.id, several!.id]);
    expect(await order("ranked")).toEqual([several!.id, single!.id]);
    const stored = await test.db.entry.findUniqueOrThrow({ where: { id: several!.id } });
    expect(stored.scoreRanked).toBeCloseTo((2 * 3 + 3 * (14 / 3)) / 5, 10);

    // Without a prior the ranked average is the plain one; changing it re-ranks every scored entry at once.
    await updateRankingPrior(test.db, admin, { mean: 3, weight: 0 });
    expect(await order("ranked")).toEqual([single!.id, several!.id]);
    expect((await test.db.entry.findUniqueOrThrow({ where: { id: single!.id } })).scoreRanked).toBe(5);
    await updateRankingPrior(test.db, admin, { mean: 3, weight: 2 });
    expect(await order("ranked")).toEqual([several!.id, single!.id]);
    expect(await test.db.auditLog.count({ where: { entityType: "settings", entityId: "ranking" } })).toBe(2);
  });
});

describe("saved views", () => {
  it("belong to one staff member: saved normalised, listed, applied as a query string, deleted only by their owner", async () => {
    await saveView(test.db, reviewer, { name: "第1期の未採点", query: "?window=1&mine=unscored&bogus=1&sort=newest" });
    await saveView(test.db, admin, { name: "SNS候補", query: "tag=SNS%E5%80%99%E8%A3%9C&sort=ranked" });
    const mine = await listSavedViews(test.db, reviewer);
    expect(mine).toEqual([{ id: expect.any(String), name: "第1期の未採点", query: "?window=1&mine=unscored" }]);
    expect(parseEntryFilter(new URLSearchParams(mine[0]!.query))).toMatchObject({ window: 1, mine: "unscored" });
    expect((await listSavedViews(test.db, admin)).map((v) => v.query)).toEqual(["?tag=SNS%E5%80%99%E8%A3%9C&sort=ranked"]);

    // Saving under the same name replaces the view.
    await saveView(test.db, reviewer, { name: "第1期の未採点", query: "window=1" });
    expect((await listSavedViews(test.db, reviewer)).map((v) => v.query)).toEqual(["?window=1"]);

    expect((await refusalOf(deleteView(test.db, admin, mine[0]!.id))).key).toBe("savedViews.notFound");
    await deleteView(test.db, reviewer, mine[0]!.id);
    expect(await listSavedViews(test.db, reviewer)).toEqual([]);
    expect(await listSavedViews(test.db, admin)).toHaveLength(1);
  });
});

describe("short searches", () => {
  it("find 1–2 characters through the index of short substrings, with the same results as LIKE", async () => {
    const sato = await createEntry(test.db, { penName: "佐藤ランナー", title: "沿道の声", story: "応援ありがとう。" });
    await createEntry(test.db, { penName: "佐々木", title: "藤の花", story: "佐と藤が離れています。" });
    const found = await listEntries(test.db, admin, parseEntryFilter({ q: "佐藤" }));
    expect(found.rows.map((r) => r.id)).toEqual([sato.id]);
    expect(found.total).toBe(1);
    for (const q of ["藤", "Ab", "の花"]) {
      const { rows } = await test.pool.query(
        `SELECT count(*)::int AS n FROM "Entry" WHERE "confirmedAt" IS NOT NULL AND (title ILIKE $1 OR "penName" ILIKE $1 OR story ILIKE $1)`,
        [`%${q}%`],
      );
      expect((await listEntries(test.db, admin, parseEntryFilter({ q }))).total, q).toBe(rows[0].n);
    }

    // The counts use the index, and do not recompute each story's substrings per row (the table
    // here is tiny, so the planner is kept from scanning it, or the narrow indexes on confirmedAt, instead).
    const client = await test.pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL enable_seqscan = off");
      await client.query(`DROP INDEX "Entry_console_filter_idx", "Entry_triage_filter_idx", "Entry_review_coverage_idx"`);
      const { counts } = entryListQueries(admin, parseEntryFilter({ q: "佐藤" }));
      const plan = (await client.query(`EXPLAIN ${counts.text}`, counts.values as unknown[])).rows.map((r) => r["QUERY PLAN"] as string);
      expect(plan.join("\n")).toContain("Bitmap Index Scan on \"Entry_search_grams_idx\"");
      expect(plan.filter((line) => line.includes("Filter:") && line.includes("entry_search_grams"))).toEqual([]);
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
  });
});
