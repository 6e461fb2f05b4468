import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/generated/prisma/client";
import { parseEntryFilter } from "@/lib/review/filters";
import { listEntries, type EntryListRow } from "@/lib/review/list";
import { saveScore } from "@/lib/review/scores";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let test: TestDatabase;
let admin: StaffUser;
let reviewer: StaffUser;
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

beforeAll(async () => {
  test = await createTestDatabase();
  admin = await createStaff(test.db, { role: "admin" });
  reviewer = await createStaff(test.db);
  await createEntry(test.db, {
    language: "ja",
    windowNumber: 1,
    role: "volunteer",
    penName: "佃島の給水係",
    title: "鯛焼き屋台の前のありがとう",
    story: "ボランティアとして立った佃島の鯛焼き屋台の前で、ランナーの方から何度も「ありがとう」と声をかけてもらいました。",
    submittedAt: minutesAgo(10),
    photo: true,
  });
  await createEntry(test.db, {
    language: "ja",
    windowNumber: 2,
    role: "runner",
    penName: "深川のカメ",
    title: "錦糸町の坂道",
    story: "35km地点で膝が笑いはじめたとき、沿道から名前を呼ぶ声が聞こえました。",
    submittedAt: minutesAgo(9),
  });
  await createEntry(test.db, {
    language: "en",
    windowNumber: 1,
    role: "charity",
    penName: "Lighthouse Keeper",
    title: "Origami Cranes at Km 30",
    story: "A volunteer handed me an origami crane and said my name. 100% of the credit goes to her_team.",
    submittedAt: minutesAgo(8),
  });
  // Filler in both languages so that pagination and counts have something to chew on.
  for (let i = 0; i < 27; i++) {
    await createEntry(test.db, { windowNumber: i % 2 === 0 ? 1 : 2, status: i % 3 === 0 ? "declined" : "received", submittedAt: minutesAgo(100 + i) });
  }
});
afterAll(() => test.drop());

const list = (query: Record<string, string>, viewer: StaffUser = admin, cursor?: string) =>
  listEntries(test.db, viewer, parseEntryFilter(query), { cursor, pageSize: 7 });
const titles = (rows: EntryListRow[]) => rows.map((r) => r.title);

describe("entry search", () => {
  it("finds a Japanese word inside text without spaces (trigram index, 3+ characters)", async () => {
    expect(titles((await list({ q: "鯛焼き" })).rows)).toEqual(["鯛焼き屋台の前のありがとう"]);
    expect(titles((await list({ q: "膝が笑い" })).rows)).toEqual(["錦糸町の坂道"]);
  });

  it("finds 1- and 2-character Japanese searches too", async () => {
    expect(titles((await list({ q: "錦糸" })).rows)).toEqual(["錦糸町の坂道"]);
    expect(titles((await list({ q: "鯛" })).rows)).toEqual(["鯛焼き屋台の前のありがとう"]);
    expect(titles((await list({ q: "亀" })).rows)).toEqual([]);
    expect((await list({ q: "深川" })).rows.map((r) => r.penName)).toEqual(["深川のカメ"]);
  });

  it("finds English regardless of case, in title, pen name or story", async () => {
    expect(titles((await list({ q: "origami crane" })).rows)).toEqual(["Origami Cranes at Km 30"]);
    expect(titles((await list({ q: "LIGHTHOUSE" })).rows)).toEqual(["Origami Cranes at Km 30"]);
    expect(titles((await list({ q: "handed me an origami" })).rows)).toEqual(["Origami Cranes at Km 30"]);
  });

  it("takes % and _ literally", async () => {
    expect(titles((await list({ q: "100%" })).rows)).toEqual(["Origami Cranes at Km 30"]);
    expect(titles((await list({ q: "her_team" })).rows)).toEqual(["Origami Cranes at Km 30"]);
    expect((await list({ q: "%" })).rows.map((r) => r.title)).toEqual(["Origami Cranes at Km 30"]);
  });

  it("finds an entry by its reference, and by email for admins only", async () => {
    const entry = await test.db.entry.findFirstOrThrow({ where: { title: "錦糸町の坂道" } });
    expect(titles((await list({ q: entry.reference.toLowerCase() })).rows)).toEqual(["錦糸町の坂道"]);
    expect(titles((await list({ q: entry.email!.toUpperCase() })).rows)).toEqual(["錦糸町の坂道"]);
    expect(titles((await list({ q: entry.email! }, reviewer)).rows)).toEqual([]);
  });
});

describe("entry filters", () => {
  it("combine window, role, language and photo", async () => {
    expect(titles((await list({ window: "1", role: "volunteer", photo: "yes" })).rows)).toEqual(["鯛焼き屋台の前のありがとう"]);
    expect(titles((await list({ language: "en", role: "charity" })).rows)).toContain("Origami Cranes at Km 30");
    const noPhoto = await list({ photo: "no", window: "1", q: "鯛焼き" });
    expect(noPhoto.rows).toEqual([]);
  });

  it("count entries per status for the filter, whatever status tab is open", async () => {
    const all = await list({});
    const total = await test.db.entry.count();
    expect(all.total).toBe(total);
    expect(all.counts.declined).toBe(await test.db.entry.count({ where: { status: "declined" } }));
    const declinedTab = await list({ status: "declined" });
    expect(declinedTab.counts).toEqual(all.counts);
    expect(declinedTab.total).toBe(all.counts.declined);
    expect(declinedTab.rows.every((r) => r.status === "declined")).toBe(true);
    const window2 = await list({ window: "2" });
    expect(window2.total).toBe(await test.db.entry.count({ where: { windowNumber: 2 } }));
  });

  it("ignore malformed values instead of failing", async () => {
    const result = await list({ window: "0", status: "lost", minScore: "abc", sort: "random" });
    expect(result.total).toBe(await test.db.entry.count());
  });
});

describe("keyset pagination", () => {
  async function walk(query: Record<string, string>, viewer = admin) {
    const seen: EntryListRow[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 20; page++) {
      const result = await list(query, viewer, cursor);
      seen.push(...result.rows);
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    return seen;
  }

  it("visits every entry once, newest first", async () => {
    const rows = await walk({});
    expect(rows).toHaveLength(await test.db.entry.count());
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const times = rows.map((r) => r.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("visits every entry once by score, best first, including same-time ties", async () => {
    const sameTime = new Date();
    for (let i = 0; i < 5; i++) await createEntry(test.db, { submittedAt: sameTime });
    const scored = await test.db.entry.findMany({ take: 9, orderBy: { reference: "asc" } });
    for (const [i, entry] of scored.entries()) {
      await saveScore(test.db, admin, entry.id, { connection: (i % 5) + 1, originality: 3, storytelling: i % 2 ? 5 : 2 });
    }
    const byNewest = await walk({});
    expect(byNewest).toHaveLength(await test.db.entry.count());
    expect(new Set(byNewest.map((r) => r.id)).size).toBe(byNewest.length);

    const byScore = await walk({ sort: "score" });
    expect(new Set(byScore.map((r) => r.id)).size).toBe(await test.db.entry.count());
    const scores = byScore.map((r) => r.scoreAverage ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("pages through a search", async () => {
    const rows = await walk({ q: "の" });
    const expected = await test.pool.query(`SELECT count(*)::int AS n FROM "Entry" WHERE title LIKE '%の%' OR "penName" LIKE '%の%' OR story LIKE '%の%'`);
    expect(rows).toHaveLength(expected.rows[0].n);
  });
});

describe("blind scores in the list", () => {
  it("hide the average from a reviewer until they score, and keep score sorting for admins", async () => {
    const entry = await createEntry(test.db, { title: "ブラインド審査のテスト", story: "審査のための物語です。" });
    const other = await createStaff(test.db);
    await saveScore(test.db, other, entry.id, { connection: 5, originality: 5, storytelling: 5 });

    const before = (await list({ q: "ブラインド" }, reviewer)).rows[0]!;
    // Not even how many scored it, nor how far they agree.
    expect(before).toMatchObject({ scoreAverage: null, scoreRanked: null, scoreSpread: null, myScore: null, scoreCount: null });
    expect((await list({ q: "ブラインド" }, admin)).rows[0]).toMatchObject({ scoreAverage: 5, scoreCount: 1, scoreSpread: null });

    await saveScore(test.db, reviewer, entry.id, { connection: 1, originality: 2, storytelling: 3 });
    const after = (await list({ q: "ブラインド" }, reviewer)).rows[0]!;
    expect(after).toMatchObject({ scoreAverage: 3.5, myScore: 2, scoreCount: 2, scoreSpread: 3 });
    // The prior (3 over 2 reviews by default) pulls the ranked average towards 3.
    expect(after.scoreRanked).toBeCloseTo((2 * 3 + 3.5 * 2) / 4, 10);

    const unscored = await list({ mine: "unscored", q: "ブラインド" }, other);
    expect(unscored.rows).toEqual([]);
    // A reviewer's score filter and sort are ignored: they would reveal the others' scores.
    const filtered = await list({ minScore: "4.5", q: "ブラインド" }, reviewer);
    expect(filtered.rows).toHaveLength(1);
    expect((await list({ fewerReviews: "2", spread: "3", q: "ブラインド" }, reviewer)).rows).toHaveLength(1);
    expect((await list({ fewerReviews: "2", q: "ブラインド" }, admin)).rows).toEqual([]);
    expect((await list({ spread: "3", q: "ブラインド" }, admin)).rows).toHaveLength(1);
    expect((await list({ spread: "3.5", q: "ブラインド" }, admin)).rows).toEqual([]);
    expect((await list({ minScore: "4.5", q: "ブラインド" }, admin)).rows).toEqual([]);
  });
});
