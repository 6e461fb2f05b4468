import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findInterview, findSeason, listHighlights, listPublishedPaths, listSeasons } from "@/lib/interviews/archive";
import { seed } from "@/prisma/seed";
import { SEED_SEASONS } from "@/prisma/seed/interviews";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
beforeAll(async () => {
  test = await createTestDatabase();
  await seed(test.db);
});
afterAll(() => test.drop());

const TABLES = {
  Season: "id",
  SeasonTranslation: `"seasonId", locale`,
  Interview: "id",
  InterviewTranslation: `"interviewId", locale`,
  InterviewParticipant: "id",
  InterviewReference: `"fromId", "toId"`,
};

async function snapshot() {
  const rows: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES)) {
    rows[table] = (await test.pool.query(`SELECT * FROM "${table}" ORDER BY ${order}`)).rows;
  }
  return rows;
}

const seededInterviews = SEED_SEASONS.flatMap((s) => s.interviews.map((i) => ({ season: s.slug, ...i })));
const key = (story: { season: string; km: number }) => `${story.season}/${story.km}`;

/** Runs `work` with one interview unpublished, then publishes it again. */
async function whileUnpublished(season: string, km: number, work: () => Promise<void>) {
  const unpublish = `UPDATE "Interview" SET published = $3 WHERE km = $2 AND "seasonId" = (SELECT id FROM "Season" WHERE slug = $1)`;
  await test.pool.query(unpublish, [season, km, false]);
  try {
    await work();
  } finally {
    await test.pool.query(unpublish, [season, km, true]);
  }
}

describe("relay seed", () => {
  it("stores every sample season, interview, version and reference", async () => {
    const rows = await snapshot();
    expect(rows.Season).toHaveLength(SEED_SEASONS.length);
    expect(rows.Interview).toHaveLength(seededInterviews.length);
    expect(rows.InterviewTranslation).toHaveLength(seededInterviews.reduce((n, i) => n + (i.en ? 2 : 1), 0));
    expect(rows.InterviewReference).toHaveLength(seededInterviews.reduce((n, i) => n + i.references.length, 0));
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot();
    await seed(test.db);
    expect(await snapshot()).toEqual(before);
  });

  it("keeps a staff edit instead of overwriting it", async () => {
    const firstEn = `"interviewId" = (SELECT min(id) FROM "Interview") AND locale = 'en'`;
    const { rows: original } = await test.pool.query(`SELECT title FROM "InterviewTranslation" WHERE ${firstEn}`);
    await test.pool.query(`UPDATE "InterviewTranslation" SET title = 'Edited by staff' WHERE ${firstEn}`);
    try {
      await seed(test.db);
      const { rows } = await test.pool.query(`SELECT title FROM "InterviewTranslation" WHERE ${firstEn}`);
      expect(rows[0].title).toBe("Edited by staff");
    } finally {
      await test.pool.query(`UPDATE "InterviewTranslation" SET title = $1 WHERE ${firstEn}`, [original[0].title]);
    }
  });
});

describe("relay archive queries", () => {
  it("lists the seasons in order with every published story along the course", async () => {
    const seasons = await listSeasons(test.db, "en");
    expect(seasons.map((s) => s.title)).toEqual(SEED_SEASONS.map((s) => s.en.title));
    for (const season of seasons) {
      const expected = seededInterviews.filter((i) => i.season === season.slug).map((i) => i.km).sort((a, b) => a - b);
      expect(season.stories.map((s) => s.km)).toEqual(expected);
    }
  });

  it("returns titles in the requested language, with roles and both names of every person", async () => {
    const sample = seededInterviews.find((i) => i.en)!;
    const season = await findSeason(test.db, sample.season, "ja");
    const story = season!.stories.find((s) => s.km === sample.km)!;
    expect(story).toMatchObject({ title: sample.ja.title, titleLocale: "ja", fallback: false, format: sample.format });
    expect(story.participants).toEqual(sample.participants.map(({ key, role, nameJa, nameEn }) => ({ key, role, nameJa, nameEn })));
    expect((await findSeason(test.db, sample.season, "en"))!.stories.find((s) => s.km === sample.km)!.title).toBe(sample.en!.title);
  });

  it("shows the Japanese version of a Japanese-only story, flagged as a fallback", async () => {
    const jaOnly = seededInterviews.find((i) => !i.en)!;
    const en = await findInterview(test.db, jaOnly.season, jaOnly.km, "en");
    expect(en).toMatchObject({ title: jaOnly.ja.title, lead: jaOnly.ja.lead, titleLocale: "ja", fallback: true, locales: ["ja"] });
    expect(en!.body).toEqual({ ok: true, blocks: jaOnly.ja.blocks });
    expect(await findInterview(test.db, jaOnly.season, jaOnly.km, "ja")).toMatchObject({ titleLocale: "ja", fallback: false });
    const card = (await findSeason(test.db, jaOnly.season, "en"))!.stories.find((s) => s.km === jaOnly.km);
    expect(card).toMatchObject({ title: jaOnly.ja.title, fallback: true });
  });

  it("links references both ways", async () => {
    for (const interview of seededInterviews) {
      const view = await findInterview(test.db, interview.season, interview.km, "en");
      expect(view!.references.map(key).sort()).toEqual([...interview.references].sort());
      const namedBy = seededInterviews.filter((other) => other.references.includes(key(interview))).map(key);
      expect(view!.referencedBy.map(key).sort()).toEqual(namedBy.sort());
    }
  });

  it("gives the previous and next story along the course in the same season", async () => {
    for (const season of SEED_SEASONS) {
      const kms = season.interviews.map((i) => i.km).sort((a, b) => a - b);
      for (const [index, km] of kms.entries()) {
        const view = await findInterview(test.db, season.slug, km, "ja");
        expect(view!.previous?.km ?? null).toBe(kms[index - 1] ?? null);
        expect(view!.next?.km ?? null).toBe(kms[index + 1] ?? null);
        expect(view!.previous?.season ?? season.slug).toBe(season.slug);
      }
    }
  });

  it("never returns an unknown or unpublished story", async () => {
    const [, middle, target] = [...seededInterviews.filter((i) => i.season === "2025")].sort((a, b) => a.km - b.km);
    expect(await findInterview(test.db, "2025", 41, "ja")).toBeNull();
    expect(await findInterview(test.db, "1999", middle!.km, "ja")).toBeNull();
    const namedByTarget = seededInterviews.find((i) => i.references.includes(key(target!)))!;
    await whileUnpublished("2025", target!.km, async () => {
      expect(await findInterview(test.db, "2025", target!.km, "ja")).toBeNull();
      const season = await findSeason(test.db, "2025", "ja");
      expect(season!.stories.map((s) => s.km)).not.toContain(target!.km);
      // Neighbours skip it, references hide it, and nothing else disappears.
      expect((await findInterview(test.db, "2025", middle!.km, "ja"))!.next?.km).not.toBe(target!.km);
      const referencing = await findInterview(test.db, namedByTarget.season, namedByTarget.km, "ja");
      expect(referencing!.references.map(key)).not.toContain(key(target!));
      expect((await listPublishedPaths(test.db)).interviews.map(key)).not.toContain(key(target!));
      expect((await listHighlights(test.db, "ja", 100)).map(key)).not.toContain(key(target!));
      expect((await listSeasons(test.db, "ja")).flatMap((s) => s.stories)).toHaveLength(seededInterviews.length - 1);
    });
  });

  it("reports a malformed body instead of failing", async () => {
    const target = seededInterviews.find((i) => i.en)!;
    const sql = `UPDATE "InterviewTranslation" SET blocks = $3::jsonb WHERE locale = 'en' AND "interviewId" = (SELECT i.id FROM "Interview" i JOIN "Season" s ON s.id = i."seasonId" WHERE s.slug = $1 AND i.km = $2)`;
    await test.pool.query(sql, [target.season, target.km, JSON.stringify([{ type: "answer", speaker: "nobody", text: "x" }])]);
    try {
      const view = await findInterview(test.db, target.season, target.km, "en");
      expect(view!.title).toBe(target.en!.title);
      expect(view!.body.ok).toBe(false);
    } finally {
      await test.pool.query(sql, [target.season, target.km, JSON.stringify(target.en!.blocks)]);
    }
  });

  it("offers the most recently published stories as highlights", async () => {
    const highlights = await listHighlights(test.db, "en", 3);
    const newest = [...seededInterviews].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn)).slice(0, 3);
    expect(highlights.map(key)).toEqual(newest.map(key));
  });

  it("lists every published page for the sitemap", async () => {
    const paths = await listPublishedPaths(test.db);
    expect(paths.seasons).toEqual(SEED_SEASONS.map((s) => s.slug));
    expect(paths.interviews.map(key).sort()).toEqual(seededInterviews.map(key).sort());
  });
});
