import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/generated/prisma/client";
import { interviewFormValues, InterviewSaveError, saveInterview, setInterviewPublished } from "@/lib/interviews-admin/interviews";
import { interviewSchema } from "@/lib/validation/interview";
import { ReviewError } from "@/lib/review/errors";
import { createStaff } from "../factories/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
let admin: StaffUser;
let seasonId: number;

beforeAll(async () => {
  test = await createTestDatabase();
  admin = await createStaff(test.db, { role: "admin" });
  // A season of its own, so the sample relay content cannot collide with the km marks used here.
  const season = await test.db.season.create({
    data: {
      slug: "2099",
      position: 99,
      format: "qa",
      translations: { create: [{ locale: "ja", title: "テスト", description: "" }, { locale: "en", title: "Test", description: "" }] },
    },
  });
  seasonId = season.id;
});
afterAll(() => test.drop());

function form(km: number, overrides: Record<string, unknown> = {}) {
  return interviewSchema.parse({
    seasonId: String(seasonId),
    km: String(km),
    format: "qa",
    participants: JSON.stringify([{ key: "guest", role: "coach", nameJa: "森 光", nameEn: "Hikaru Mori" }]),
    references: "",
    ja: { title: `わたしの東京マラソンは…？ ${km}km`, lead: "ランニングスクールで教えて八年。", blocks: JSON.stringify([{ type: "heading", text: "はじまり" }, { type: "answer", speaker: "guest", text: "最初は見学だけのつもりでした。" }]) },
    en: { title: `My Tokyo Marathon is…? ${km} km`, lead: "Eight years of coaching.", blocks: JSON.stringify([{ type: "answer", speaker: "guest", text: "I only meant to watch." }]) },
    ...overrides,
  });
}

describe("interview editing", () => {
  it("creates an interview in both languages, unpublished, and logs it", async () => {
    const { id } = await saveInterview(test.db, admin, null, form(7));
    const stored = await test.db.interview.findUniqueOrThrow({ where: { id }, include: { translations: true, participants: true } });
    expect(stored).toMatchObject({ km: 7, published: false, publishedAt: null });
    expect(stored.translations.map((t) => t.locale).sort()).toEqual(["en", "ja"]);
    expect(stored.participants).toEqual([expect.objectContaining({ key: "guest", position: 0, nameEn: "Hikaru Mori" })]);
    expect(await test.db.auditLog.count({ where: { entityType: "interview", entityId: String(id), action: "interview.create" } })).toBe(1);
  });

  it("replaces content on update, links references, and refuses a taken km or an unknown reference", async () => {
    const { id: target } = await saveInterview(test.db, admin, null, form(29));
    const { id } = await saveInterview(test.db, admin, null, form(12));
    await saveInterview(test.db, admin, id, form(12, { references: "2099/29", en: { title: "", lead: "", blocks: "[]" } }));
    const values = await interviewFormValues(test.db, id);
    expect(values?.values.references).toBe("2099/29");
    expect(values?.values.en.title).toBe("");
    expect(await test.db.interviewReference.findMany({ where: { fromId: id } })).toEqual([{ fromId: id, toId: target }]);

    await expect(saveInterview(test.db, admin, id, form(29))).rejects.toEqual(expect.objectContaining({ constructor: InterviewSaveError, problem: "kmTaken" }));
    await expect(saveInterview(test.db, admin, id, form(12, { references: "2099/40" }))).rejects.toEqual(
      expect.objectContaining({ problem: "unknownReference", detail: "2099/40" }),
    );
    await expect(saveInterview(test.db, admin, id, form(12, { references: "2099/12" }))).rejects.toEqual(expect.objectContaining({ problem: "selfReference" }));
  });

  it("publishes and unpublishes, keeping the first publication date", async () => {
    const { id } = await saveInterview(test.db, admin, null, form(33));
    const first = new Date("2027-01-05T03:00:00Z");
    await setInterviewPublished(test.db, admin, id, true, first);
    await setInterviewPublished(test.db, admin, id, false);
    await setInterviewPublished(test.db, admin, id, true, new Date("2027-02-01T00:00:00Z"));
    expect(await test.db.interview.findUniqueOrThrow({ where: { id } })).toMatchObject({ published: true, publishedAt: first });
  });

  it("is for admins only", async () => {
    const reviewer = await createStaff(test.db);
    await expect(saveInterview(test.db, reviewer, null, form(41))).rejects.toBeInstanceOf(ReviewError);
  });
});
