import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COURSE_KM, courseLeg, courseWaypoints, coursePoint, neighbours, parseKm } from "@/lib/interviews/course";
import { matchesFilter, NO_FILTER, parseFilter, seasonPath } from "@/lib/interviews/filters";
import { titleParts } from "@/lib/interviews/title";
import { pickTranslation } from "@/lib/interviews/translation";
import { shareLinks } from "@/lib/site/share";

describe("km in a URL", () => {
  it.each([
    ["0", 0],
    ["7", 7],
    ["42", 42],
  ])("reads %s", (segment, km) => expect(parseKm(segment)).toBe(km));

  it.each(["43", "100", "-1", "07", "1.5", "1e1", "abc", "", " 7", "7 "])("refuses %j", (segment) => {
    expect(parseKm(segment)).toBeNull();
  });
});

describe("previous and next along the course", () => {
  const at = (...kms: number[]) => kms.map((km) => ({ km }));

  it("finds the nearest story on each side, whatever the order", () => {
    expect(neighbours(at(29, 3, 12, 42, 7), 12)).toEqual({ previous: { km: 7 }, next: { km: 29 } });
  });

  it("has no previous at the first story and no next at the last", () => {
    expect(neighbours(at(3, 7, 12), 3)).toEqual({ previous: null, next: { km: 7 } });
    expect(neighbours(at(3, 7, 12), 12)).toEqual({ previous: { km: 7 }, next: null });
    expect(neighbours(at(5), 5)).toEqual({ previous: null, next: null });
  });

  it("agrees with sorting, for any set of stories", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 42 }), { minLength: 1 }), fc.nat(), (kms, pick) => {
        const km = kms[pick % kms.length]!;
        const sorted = [...kms].sort((a, b) => a - b);
        const index = sorted.indexOf(km);
        expect(neighbours(at(...kms), km)).toEqual({
          previous: index > 0 ? { km: sorted[index - 1] } : null,
          next: index < sorted.length - 1 ? { km: sorted[index + 1] } : null,
        });
      }),
    );
  });
});

describe("the drawn course", () => {
  it("starts at the first waypoint and finishes at the last", () => {
    for (const orientation of ["landscape", "portrait"] as const) {
      const points = courseWaypoints(orientation);
      expect(coursePoint(0, orientation)).toEqual(points[0]);
      expect(coursePoint(COURSE_KM, orientation)).toEqual(points.at(-1));
    }
  });

  it("moves forward along the route as the km grows", () => {
    const landscape = [0, 5, 10].map((km) => coursePoint(km, "landscape"));
    expect(landscape[0]!.y).toBe(landscape[2]!.y);
    expect(landscape[1]!.x).toBeGreaterThan(landscape[0]!.x);
    expect(landscape[2]!.x).toBeGreaterThan(landscape[1]!.x);
  });

  it("knows the straights from the turns", () => {
    const turnStart = coursePoint(14, "landscape");
    expect(courseLeg(5, "landscape")).toBe("straight");
    expect(turnStart.x).toBe(courseWaypoints("landscape")[1]!.x);
    expect(courseLeg(14, "landscape")).toBe("turn");
    expect(courseLeg(20, "portrait")).toBe("straight");
  });

  it("draws the portrait course as the landscape one turned on its side", () => {
    const { x, y } = coursePoint(21, "landscape");
    expect(coursePoint(21, "portrait")).toEqual({ x: y, y: x });
  });
});

describe("translation fallback", () => {
  const ja = { locale: "ja" as const, title: "日本語" };
  const en = { locale: "en" as const, title: "English" };

  it("uses the requested language when there is a version in it", () => {
    expect(pickTranslation([ja, en], "en")).toEqual({ translation: en, fallback: false });
    expect(pickTranslation([en, ja], "ja")).toEqual({ translation: ja, fallback: false });
  });

  it("falls back to the other language, flagged", () => {
    expect(pickTranslation([ja], "en")).toEqual({ translation: ja, fallback: true });
    expect(pickTranslation([en], "ja")).toEqual({ translation: en, fallback: true });
  });

  it("has nothing to show without any version", () => {
    expect(pickTranslation([], "ja")).toBeNull();
  });
});

describe("season filters", () => {
  const story = { format: "dialogue" as const, participants: [{ role: "coach" as const }, { role: "runner" as const }] };

  it("reads path segments, refusing unknown values", () => {
    expect(parseFilter("all", "all")).toEqual(NO_FILTER);
    expect(parseFilter("runner", "qa")).toEqual({ role: "runner", format: "qa" });
    expect(parseFilter("astronaut", "all")).toBeNull();
    expect(parseFilter("all", "essay")).toBeNull();
  });

  it("matches a story by any of its people's roles and by its format", () => {
    expect(matchesFilter(story, NO_FILTER)).toBe(true);
    expect(matchesFilter(story, { role: "runner", format: null })).toBe(true);
    expect(matchesFilter(story, { role: "volunteer", format: null })).toBe(false);
    expect(matchesFilter(story, { role: "coach", format: "dialogue" })).toBe(true);
    expect(matchesFilter(story, { role: "coach", format: "qa" })).toBe(false);
  });

  it("round-trips through its path", () => {
    expect(seasonPath("2025")).toBe("/relay/2025");
    expect(seasonPath("2025", { role: "runner", format: null })).toBe("/relay/2025/filter/runner/all");
    expect(seasonPath("2026", { role: null, format: "dialogue" })).toBe("/relay/2026/filter/all/dialogue");
    const [role, format] = seasonPath("2025", { role: "staff", format: "qa" }).split("/").slice(-2);
    expect(parseFilter(role!, format!)).toEqual({ role: "staff", format: "qa" });
  });
});

describe("share links", () => {
  it("carry the canonical URL, encoded, to X, Facebook and LINE", () => {
    const url = "https://example.jp/ja/relay/2025/12";
    const links = shareLinks(url, "言葉のいらない会話 & more");
    for (const link of Object.values(links)) expect(link.startsWith("https://")).toBe(true);
    expect(new URL(links.x).searchParams.get("url")).toBe(url);
    expect(new URL(links.x).searchParams.get("text")).toBe("言葉のいらない会話 & more");
    expect(new URL(links.facebook).searchParams.get("u")).toBe(url);
    expect(new URL(links.line).searchParams.get("url")).toBe(url);
  });
});

describe("card titles", () => {
  it("set a season's shared question apart from the answer", () => {
    expect(titleParts("私にとって東京マラソンとは…？ 言葉のいらない会話")).toEqual({ question: "私にとって東京マラソンとは…？", answer: "言葉のいらない会話" });
    expect(titleParts("My Tokyo Marathon is…? A conversation without words")).toEqual({ question: "My Tokyo Marathon is…?", answer: "A conversation without words" });
  });

  it("leave a title without a leading question whole", () => {
    expect(titleParts("コーチとランナー　「歩いてもいい」から始まった42km").question).toBeNull();
    expect(titleParts("Why run? Because").question).toBe("Why run?");
    expect(titleParts("Is it over?").question).toBeNull();
  });
});
