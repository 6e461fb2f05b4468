import { describe, expect, it } from "vitest";
import { parseReference, SEED_SEASONS, seedProblems } from "@/prisma/seed/interviews";
import type { SeedSeason } from "@/prisma/seed/relay/types";

describe("sample relay content", () => {
  it("is valid: blocks, kms, dates and references", () => {
    expect(seedProblems(SEED_SEASONS)).toEqual([]);
  });

  it("has the two seasons, at least 12 stories and one in Japanese only", () => {
    expect(SEED_SEASONS.map((s) => [s.slug, s.format])).toEqual([
      ["2025", "qa"],
      ["2026", "dialogue"],
    ]);
    const interviews = SEED_SEASONS.flatMap((s) => s.interviews);
    expect(interviews.length).toBeGreaterThanOrEqual(12);
    expect(interviews.filter((i) => !i.en).length).toBeGreaterThanOrEqual(1);
  });
});

describe("seed checks", () => {
  const season: SeedSeason = {
    slug: "test",
    position: 1,
    format: "qa",
    ja: { title: "テスト", description: "説明" },
    en: { title: "Test", description: "Description" },
    interviews: [
      {
        km: 3,
        format: "qa",
        publishedOn: "2025-01-10",
        participants: [{ key: "a", role: "runner", nameJa: "走 太郎", nameEn: "Taro Hashiri" }],
        references: [],
        ja: { title: "題", lead: "リード", blocks: [{ type: "answer", speaker: "a", text: "はい" }] },
      },
    ],
  };
  const withInterview = (change: Partial<SeedSeason["interviews"][number]>): SeedSeason => ({
    ...season,
    interviews: [...season.interviews, { ...season.interviews[0]!, km: 9, ...change }],
  });

  it("reads references", () => {
    expect(parseReference("2025/29")).toEqual({ season: "2025", km: 29 });
    expect(parseReference("2025/43")).toBeNull();
    expect(parseReference("2025-29")).toBeNull();
  });

  it("accepts good content and reports each kind of problem", () => {
    expect(seedProblems([season])).toEqual([]);
    expect(seedProblems([withInterview({ km: 3 })])).toEqual(["test/3: two interviews at the same km"]);
    expect(seedProblems([withInterview({ km: 43 })])).toEqual(["test/43: km must be a whole number from 0 to 42"]);
    expect(seedProblems([withInterview({ references: ["test/5"] })])).toEqual(['test/9: unknown reference "test/5"']);
    expect(seedProblems([withInterview({ publishedOn: "2025-02-30" })])).toEqual(['test/9: publishedOn must be a date "YYYY-MM-DD"']);
    expect(
      seedProblems([withInterview({ ja: { title: "題", lead: "リード", blocks: [{ type: "answer", speaker: "b", text: "x" }] } })]),
    ).toEqual(['test/9 (ja) blocks.0.speaker: unknown speaker "b"']);
  });
});
