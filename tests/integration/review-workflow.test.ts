import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/generated/prisma/client";
import { addComment } from "@/lib/review/comments";
import { dashboard } from "@/lib/review/dashboard";
import { entryDetail } from "@/lib/review/detail";
import { eraseEntry } from "@/lib/review/erasure";
import { ReviewError } from "@/lib/review/errors";
import { startEntriesExport } from "@/lib/review/export";
import { parseEntryFilter } from "@/lib/review/filters";
import { listEntries } from "@/lib/review/list";
import { saveScore, scoresFor } from "@/lib/review/scores";
import { changeStatus } from "@/lib/review/workflow";
import { featureEntry, unpublishStory } from "@/lib/featured/feature";
import { publishedStories, publishedStory } from "@/lib/featured/public";
import { seed } from "@/prisma/seed";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
let admin: StaffUser;
let reviewerA: StaffUser;
let reviewerB: StaffUser;

beforeAll(async () => {
  test = await createTestDatabase();
  await seed(test.db);
  admin = await createStaff(test.db, { role: "admin" });
  reviewerA = await createStaff(test.db);
  reviewerB = await createStaff(test.db);
});
afterAll(() => test.drop());

const refusal = (code: string) => expect.objectContaining({ constructor: ReviewError, code });
const auditOf = (entityId: string) => test.db.auditLog.findMany({ where: { entityId }, orderBy: { id: "asc" } });

describe("scoring", () => {
  it("is blind for reviewers until they score, and keeps the entry's average in step", async () => {
    const entry = await createEntry(test.db);
    await saveScore(test.db, reviewerA, entry.id, { connection: 5, originality: 4, storytelling: 3 });

    const blind = await scoresFor(test.db, reviewerB, entry.id);
    expect(blind).toEqual({ mine: null, count: null, visible: null });
    expect((await scoresFor(test.db, admin, entry.id)).visible?.summary.average).toBe(4);

    await saveScore(test.db, reviewerB, entry.id, { connection: 2, originality: 2, storytelling: 2 });
    const seen = await scoresFor(test.db, reviewerB, entry.id);
    expect(seen.mine).toEqual({ connection: 2, originality: 2, storytelling: 2 });
    expect(seen.visible?.summary).toEqual({ count: 2, average: 3, spread: 2, perCriterion: { connection: 3.5, originality: 3, storytelling: 2.5 } });
    expect(seen.visible?.scores.map((s) => s.mine)).toEqual([false, true]);

    // Changing one's score replaces it.
    await saveScore(test.db, reviewerB, entry.id, { connection: 4, originality: 4, storytelling: 4 });
    const stored = await test.db.entry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(stored).toMatchObject({ scoreAverage: 4, scoreCount: 2, status: "in_review" });

    const audit = await auditOf(entry.id);
    expect(audit.map((a) => a.action)).toEqual(["entry.score", "entry.status", "entry.score", "entry.score"]);
    expect(audit[3]).toMatchObject({ actorId: reviewerB.id, before: { connection: 2, originality: 2, storytelling: 2 }, after: { connection: 4, originality: 4, storytelling: 4 } });
  });

  it("keeps a correct average when reviewers score at the same moment", async () => {
    const entry = await createEntry(test.db);
    const reviewers = await Promise.all(Array.from({ length: 4 }, () => createStaff(test.db)));
    await Promise.all(reviewers.map((r, i) => saveScore(test.db, r, entry.id, { connection: i + 1, originality: i + 1, storytelling: i + 1 })));
    expect(await test.db.entry.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ scoreAverage: 2.5, scoreCount: 4 });
  });
});

describe("status workflow", () => {
  it("allows only sensible moves, for admins only, and logs each", async () => {
    const entry = await createEntry(test.db);
    await expect(changeStatus(test.db, reviewerA, entry.id, "in_review")).rejects.toEqual(refusal("forbidden"));
    await expect(changeStatus(test.db, admin, entry.id, "shortlisted")).rejects.toEqual(refusal("transitionNotAllowed"));
    await expect(changeStatus(test.db, admin, entry.id, "winner")).rejects.toEqual(refusal("transitionNotAllowed"));
    await changeStatus(test.db, admin, entry.id, "in_review");
    await changeStatus(test.db, admin, entry.id, "shortlisted");
    await expect(changeStatus(test.db, admin, entry.id, "featured")).rejects.toEqual(refusal("transitionNotAllowed"));
    await changeStatus(test.db, admin, entry.id, "declined");
    await changeStatus(test.db, admin, entry.id, "in_review");
    const audit = await auditOf(entry.id);
    expect(audit.map((a) => [a.before, a.after])).toEqual([
      [{ status: "received" }, { status: "in_review" }],
      [{ status: "in_review" }, { status: "shortlisted" }],
      [{ status: "shortlisted" }, { status: "declined" }],
      [{ status: "declined" }, { status: "in_review" }],
    ]);
    expect(audit.every((a) => a.actorId === admin.id)).toBe(true);
  });

  it("shows the entrant's name and email to admins only", async () => {
    const entry = await createEntry(test.db);
    expect(await entryDetail(test.db, admin, entry.id)).toMatchObject({ name: entry.name, email: entry.email });
    expect(await entryDetail(test.db, reviewerA, entry.id)).toMatchObject({ name: null, email: null, manualTransitions: [] });
    expect(await entryDetail(test.db, admin, "not-a-uuid")).toBeNull();
  });
});

describe("featuring", () => {
  const translation = {
    titleJa: "錦糸町の坂道",
    storyJa: "35km地点で膝が笑いはじめたとき、沿道から名前を呼ぶ声が聞こえました。",
    titleEn: "The Slope at Kinshicho",
    storyEn: "At 35 km my knees started to give way, and I heard someone call my name.",
  };

  it("needs the entrant's permission to publish and a shortlisted entry", async () => {
    const noConsent = await createEntry(test.db, { status: "shortlisted", language: "ja", publicationConsent: false });
    await expect(featureEntry(test.db, admin, noConsent.id, { ...translation, translationStatus: "done" })).rejects.toEqual(refusal("noPublicationConsent"));
    const received = await createEntry(test.db, { language: "ja" });
    await expect(featureEntry(test.db, admin, received.id, { ...translation, translationStatus: "done" })).rejects.toEqual(refusal("transitionNotAllowed"));
    const shortlisted = await createEntry(test.db, { status: "shortlisted", language: "ja" });
    await expect(featureEntry(test.db, reviewerA, shortlisted.id, { ...translation, translationStatus: "done" })).rejects.toEqual(refusal("forbidden"));
    await expect(featureEntry(test.db, admin, shortlisted.id, { ...translation, titleJa: null, translationStatus: "done" })).rejects.toEqual(refusal("missingSourceText"));
    expect(await test.db.featuredStory.count()).toBe(0);
  });

  it("publishes in both languages, shows the original until the translation is done, and unpublishes at once", async () => {
    const entry = await createEntry(test.db, { status: "shortlisted", language: "ja", penName: "深川のカメ", km: 35, photo: true });
    await featureEntry(test.db, admin, entry.id, { ...translation, translationStatus: "draft" });
    expect((await test.db.entry.findUniqueOrThrow({ where: { id: entry.id } })).status).toBe("featured");
    expect(await publishedStory(test.db, entry.id, "en")).toMatchObject({ title: "錦糸町の坂道", language: "ja", translated: false, hasPhoto: true });

    await featureEntry(test.db, admin, entry.id, { ...translation, translationStatus: "done" });
    expect(await publishedStory(test.db, entry.id, "en")).toMatchObject({ title: "The Slope at Kinshicho", language: "en", translated: true, penName: "深川のカメ", km: 35 });
    expect(await publishedStory(test.db, entry.id, "ja")).toMatchObject({ title: "錦糸町の坂道", language: "ja", translated: false });
    expect((await publishedStories(test.db, "ja")).map((s) => s.id)).toContain(entry.id);

    await unpublishStory(test.db, admin, entry.id);
    expect(await publishedStory(test.db, entry.id, "ja")).toBeNull();
    expect((await publishedStories(test.db, "en")).map((s) => s.id)).not.toContain(entry.id);
    expect((await test.db.entry.findUniqueOrThrow({ where: { id: entry.id } })).status).toBe("shortlisted");
    expect((await auditOf(entry.id)).map((a) => a.action)).toEqual(["entry.feature", "entry.status", "entry.feature_update", "entry.unpublish", "entry.status"]);
  });
});

describe("erasure", () => {
  it("removes personal data but keeps the status (a featured one no longer featured), scores, comments and audit trail", async () => {
    const entry = await createEntry(test.db, {
      status: "shortlisted",
      language: "ja",
      name: "消去 花子",
      email: "erase-me@example.jp",
      emailKey: "erase-me@example.jp",
      penName: "消してほしいペンネーム",
      title: "消してほしいタイトル",
      story: "消してほしい物語の本文です。",
      photo: true,
    });
    await saveScore(test.db, reviewerA, entry.id, { connection: 4, originality: 4, storytelling: 4 });
    await addComment(test.db, reviewerA, entry.id, "とても良い物語です");
    await featureEntry(test.db, admin, entry.id, { titleJa: "消してほしいタイトル", storyJa: "消してほしい物語の本文です。", titleEn: null, storyEn: null, translationStatus: "none" });
    await test.db.outboxEmail.create({ data: { entryId: entry.id, to: "erase-me@example.jp", subject: "受付のお知らせ", text: "消去 花子 様" } });

    await expect(eraseEntry(test.db, reviewerA, entry.id)).rejects.toEqual(refusal("forbidden"));
    const windowOf = async () => (await dashboard(test.db, admin.id)).windows.find((w) => w.windowNumber === entry.windowNumber)!.counts;
    const featuredBefore = (await windowOf()).featured;
    const scoreSorted = async () => (await listEntries(test.db, admin, parseEntryFilter({ sort: "score" }), { pageSize: 500 })).rows.map((r) => r.id);
    expect(await scoreSorted()).toContain(entry.id);
    await eraseEntry(test.db, admin, entry.id);
    await expect(eraseEntry(test.db, admin, entry.id)).rejects.toEqual(refusal("alreadyErased"));
    expect((await windowOf()).featured).toBe(featuredBefore - 1);
    expect(await scoreSorted()).not.toContain(entry.id);

    const row = await test.db.entry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(row).toMatchObject({ name: null, email: null, emailKey: null, penName: "", title: "", story: "", myTokyoMarathonIs: "", connectedWith: "", country: "", status: "shortlisted", scoreCount: 1 });
    expect(row.erasedAt).not.toBeNull();
    expect(await test.db.entryPhoto.count({ where: { entryId: entry.id } })).toBe(0);
    expect(await test.db.featuredStory.count({ where: { entryId: entry.id } })).toBe(0);
    expect(await test.db.outboxEmail.count({ where: { entryId: entry.id } })).toBe(0);
    expect(await test.db.score.count({ where: { entryId: entry.id } })).toBe(1);
    expect(await test.db.comment.count({ where: { entryId: entry.id } })).toBe(1);

    // Nothing erased survives anywhere in the audit log.
    const dump = JSON.stringify((await test.pool.query(`SELECT * FROM "AuditLog"`)).rows);
    for (const text of ["消去 花子", "erase-me@example.jp", "消してほしい", "とても良い物語"]) expect(dump).not.toContain(text);
    expect((await auditOf(entry.id)).at(-1)).toMatchObject({ action: "entry.erase", actorId: admin.id, before: { status: "featured", photo: true, featured: true } });
    await expect(saveScore(test.db, reviewerB, entry.id, { connection: 1, originality: 1, storytelling: 1 })).rejects.toEqual(refusal("erased"));
  });
});

describe("the audit log", () => {
  it("refuses changes and deletions, even by the database owner", async () => {
    const [row] = (await test.pool.query(`SELECT id FROM "AuditLog" LIMIT 1`)).rows;
    await expect(test.pool.query(`UPDATE "AuditLog" SET action = 'x' WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(test.pool.query(`DELETE FROM "AuditLog" WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(test.pool.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
  });
});

describe("CSV export", () => {
  async function exportText(query: Record<string, string>, batchSize?: number) {
    let text = "";
    for await (const chunk of await startEntriesExport(test.db, admin, parseEntryFilter(query), { batchSize })) text += chunk;
    return text;
  }

  it("writes the filter's entries as UTF-8 with BOM, with Japanese intact and formulas neutralized", async () => {
    await createEntry(test.db, { language: "ja", title: "=HYPERLINK(\"http://example.com\")", penName: "@マラソン好き", story: "一行目\n二行目、「引用」と\"quotes\"", windowNumber: 2 });
    await createEntry(test.db, { language: "ja", title: "-1+1", penName: "+81の人", story: "普通の物語", windowNumber: 2 });
    await createEntry(test.db, { language: "ja", title: "＝1+1", penName: "＠全角さん", story: "全角の物語", windowNumber: 2 });
    const text = await exportText({ window: "2" });
    expect(text.startsWith("\uFEFFreference,window,status")).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    const first = rows.find((r) => r.story?.startsWith("一行目"))!;
    expect(first.title).toBe("'=HYPERLINK(\"http://example.com\")");
    expect(first.penName).toBe("'@マラソン好き");
    expect(first.story).toBe("一行目\n二行目、「引用」と\"quotes\"");
    const second = rows.find((r) => r.story === "普通の物語")!;
    expect([second.title, second.penName]).toEqual(["'-1+1", "'+81の人"]);
    const fullWidth = rows.find((r) => r.story === "全角の物語")!;
    expect([fullWidth.title, fullWidth.penName]).toEqual(["'＝1+1", "'＠全角さん"]);
    expect(rows.every((r) => r.window === "2")).toBe(true);
  });

  it("streams more than one batch in keyset order", async () => {
    const total = await test.db.entry.count({ where: { erasedAt: null } }); // ranking by score leaves erased entries out
    const rows = parse((await exportText({ sort: "score" }, 7)).slice(1), { columns: true }) as { reference: string }[];
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(total);
  });

  it("is audited before the first byte, without the search text, and its completion is recorded", async () => {
    const entry = await createEntry(test.db, { status: "received", penName: "findme-export-runner" });
    const before = await test.db.auditLog.count();
    const chunks = await startEntriesExport(test.db, admin, parseEntryFilter({ q: "findme-export-runner", status: "received" }));
    const [started] = await test.db.auditLog.findMany({ where: { id: { gt: 0 } }, orderBy: { id: "desc" }, take: 1 });
    expect(await test.db.auditLog.count()).toBe(before + 1);
    expect(started).toMatchObject({ action: "entries.export", actorId: admin.id, after: { filter: { status: "received", sort: "newest", search: true } } });
    expect(JSON.stringify(started!.after)).not.toContain("findme");
    let text = "";
    for await (const chunk of chunks) text += chunk;
    expect(text).toContain(entry.reference);
    const done = await test.db.auditLog.findFirstOrThrow({ where: { action: "entries.export_done", entityId: started!.entityId } });
    expect(done.after).toEqual({ count: 1 });
  });

  it("is for admins only", async () => {
    await expect(startEntriesExport(test.db, reviewerA, parseEntryFilter({}))).rejects.toEqual(refusal("forbidden"));
  });
});
