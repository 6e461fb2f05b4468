import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COURSE_KM, coursePoint, LAST_KM, neighbours, parseKm } from "@/lib/interviews/course";
import { BADGE_SIZE, MARKER_RADIUS, ROUTE, ROUTE_VIEWBOX } from "@/lib/interviews/course-route";
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
  it("runs from the start at 0 km to the finish at 42.195 km, each point further along", () => {
    expect(ROUTE[0]).toMatchObject({ km: 0, landmark: "tocho", approximate: false });
    expect(ROUTE.at(-1)).toMatchObject({ km: COURSE_KM, landmark: "tokyoStation", approximate: false });
    ROUTE.slice(1).forEach((point, i) => expect(point.km).toBeGreaterThan(ROUTE[i]!.km));
    expect(ROUTE.filter((point) => point.turnBack).map((point) => point.landmark)).toEqual(["uenoHirokoji", "monzenNakacho", "tamachi"]);
  });

  it("places a km on its point, and between two points in proportion", () => {
    const nihonbashi = ROUTE.find((point) => point.km === 13)!;
    expect(coursePoint(13)).toEqual({ x: nihonbashi.x, y: nihonbashi.y });
    expect(coursePoint(0)).toEqual({ x: ROUTE[0]!.x, y: ROUTE[0]!.y });
    expect(coursePoint(50)).toEqual({ x: ROUTE.at(-1)!.x, y: ROUTE.at(-1)!.y });
    const halfway = coursePoint(12.25);
    const before = ROUTE.find((point) => point.km === 11.5)!;
    expect(halfway.x).toBeCloseTo((before.x + nihonbashi.x) / 2);
  });

  it("draws every landmark's badge inside the drawing, clear of the marker of any km a story can have", () => {
    // The marker's circle with its 1-unit outline, and the badge's square up to its corners.
    const clearance = MARKER_RADIUS + 1 + (BADGE_SIZE / 2) * Math.SQRT2;
    const landmarks = ROUTE.filter((point) => point.landmark);
    expect(landmarks).toHaveLength(12);
    for (const { landmark, badge } of landmarks) {
      expect(badge, landmark).toBeDefined();
      expect(badge!.x - BADGE_SIZE / 2).toBeGreaterThan(ROUTE_VIEWBOX.x);
      expect(badge!.x + BADGE_SIZE / 2).toBeLessThan(ROUTE_VIEWBOX.x + ROUTE_VIEWBOX.width);
      expect(badge!.y - BADGE_SIZE / 2).toBeGreaterThan(ROUTE_VIEWBOX.y);
      expect(badge!.y + BADGE_SIZE / 2).toBeLessThan(ROUTE_VIEWBOX.y + ROUTE_VIEWBOX.height);
      for (let km = 0; km <= LAST_KM; km++) {
        const marker = coursePoint(km);
        expect(Math.hypot(marker.x - badge!.x, marker.y - badge!.y), `${landmark} and ${km} km`).toBeGreaterThanOrEqual(clearance);
      }
    }
  });

  it("keeps every point inside the drawing", () => {
    for (const point of ROUTE) {
      expect(point.x).toBeGreaterThan(ROUTE_VIEWBOX.x);
      expect(point.x).toBeLessThan(ROUTE_VIEWBOX.x + ROUTE_VIEWBOX.width);
      expect(point.y).toBeGreaterThan(ROUTE_VIEWBOX.y);
      expect(point.y).toBeLessThan(ROUTE_VIEWBOX.y + ROUTE_VIEWBOX.height);
    }
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
