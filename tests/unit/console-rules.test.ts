import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors } from "@/lib/admin/action-state";
import { generatePassword } from "@/lib/auth/password";
import { lockedUntilAfter, type ThrottlePolicy } from "@/lib/auth/throttle";
import { parseJstMinute } from "@/lib/campaign/jst";
import { storyTextFor } from "@/lib/featured/public";
import { interviewSchema } from "@/lib/validation/interview";
import { CSV_BOM, csvCell, csvRow, neutralizeFormula } from "@/lib/review/csv";
import { filterQuery, parseEntryFilter } from "@/lib/review/filters";
import { likePattern } from "@/lib/review/list";
import { summarizeScores } from "@/lib/review/rubric";
import { canTransition, FEATURABLE, manualTransitions, WINNABLE } from "@/lib/review/status";
import { scheduleFromInput } from "@/lib/settings/settings";
import { settingsFormToObject, settingsSchema } from "@/lib/validation/settings";
import { drawOrder, drawResult, eligibleListHash, normalizePublicValue } from "@/lib/winners/draw";
import { winnersVisible } from "@/lib/winners/visibility";

describe("CSV cells", () => {
  it("neutralize text that a spreadsheet would run as a formula", () => {
    for (const text of ["=SUM(A1)", "+81 3", "-1", "@cmd", "\tx", "\rx", "＝SUM(A1)", "＋81 3", "－1", "＠cmd", "＝HYPERLINK(\"http://example.com\")"]) expect(neutralizeFormula(text)).toBe(`'${text}`);
    for (const text of ["東京", "a=b", " =x", "42.195km", "", "ａ＝ｂ", "ー1"]) expect(neutralizeFormula(text)).toBe(text);
    expect(csvCell(-5)).toBe("-5"); // numbers are data, not text
  });

  it("quote commas, quotes and line breaks, and come back intact through a CSV parser", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("東京マラソン、42.195km", 'say "hi"', "a\r\nb", "=1+1")), { minLength: 1, maxLength: 6 }), (values) => {
        const [row] = parse(csvRow(values), { relax_column_count: false }) as string[][];
        expect(row).toEqual(values.map((v) => neutralizeFormula(v)));
      }),
    );
    expect(CSV_BOM).toBe("\uFEFF");
  });
});

describe("status workflow", () => {
  it("moves forward through review, and back only where it makes sense", () => {
    expect(canTransition("received", "in_review")).toBe(true);
    expect(canTransition("received", "winner")).toBe(false);
    expect(canTransition("declined", "shortlisted")).toBe(false);
    expect(canTransition("shortlisted", "featured")).toBe(true);
    expect(manualTransitions("shortlisted")).toEqual(["in_review", "declined"]);
    expect(manualTransitions("featured")).toEqual([]);
    expect(manualTransitions("winner")).toEqual([]);
  });

  it("lets featuring and winning follow the same moves", () => {
    expect(FEATURABLE).toEqual(["shortlisted", "featured", "winner"]);
    expect(WINNABLE).toEqual(["shortlisted", "featured"]);
  });
});

describe("sign-in throttling policy", () => {
  it("grows the delay after the free attempts, caps it, then locks", () => {
    const policy: ThrottlePolicy = { freeAttempts: 3, maxDelaySeconds: 8, lockAfter: 10, lockMinutes: 15 };
    const now = new Date("2027-01-01T00:00:00Z");
    const delays = Array.from({ length: 10 }, (_, i) => {
      const until = lockedUntilAfter(i + 1, now, policy);
      return until ? (until.getTime() - now.getTime()) / 1000 : 0;
    });
    expect(delays).toEqual([0, 0, 0, 1, 2, 4, 8, 8, 8, 900]);
  });
});

describe("the fair draw", () => {
  const references = ["TM27-1-AAAAAA", "TM27-1-BBBBBB", "TM27-2-CCCCCC", "TM27-2-DDDDDD", "TM27-1-EEEEEE"];
  const seed = "a".repeat(64);

  it("hashes the list whatever its order, and orders the same list, seed and public value the same way", () => {
    expect(eligibleListHash(references)).toBe(eligibleListHash([...references].reverse()));
    expect(eligibleListHash(references)).toMatch(/^[0-9a-f]{64}$/);
    const order = drawOrder(references, seed, "04 11 19 23 30 33 36");
    expect(drawOrder([...references].reverse(), seed, "04 11 19 23 30 33 36")).toEqual(order);
    expect([...order].sort()).toEqual([...references].sort());
    expect(drawOrder(references, seed, "04 11 19 23 30 33 37")).not.toEqual(order);
  });

  it("skips entries withdrawn since the commitment and keeps the rest as reserves, in order", () => {
    const order = ["E", "B", "A", "D", "C"];
    expect(drawResult(order, ["B"], 2)).toEqual({ winners: ["E", "A"], reserves: ["D", "C"] });
  });

  it("stores the public value as typed, less surrounding and repeated whitespace", () => {
    expect(normalizePublicValue("  04  11\t19 ")).toBe("04 11 19");
  });

  it("gives every entry the same chance", () => {
    const firsts = new Map<string, number>();
    for (let i = 0; i < 5000; i++) {
      const [first] = drawOrder(references, seed, `value-${i}`);
      firsts.set(first!, (firsts.get(first!) ?? 0) + 1);
    }
    for (const reference of references) expect(firsts.get(reference)).toBeGreaterThan(880); // 1000 expected
  });
});

describe("scores", () => {
  it("summarize as mean, spread and per-criterion means", () => {
    expect(summarizeScores([])).toBeNull();
    expect(
      summarizeScores([
        { connection: 5, originality: 4, storytelling: 3 },
        { connection: 1, originality: 2, storytelling: 3 },
      ]),
    ).toEqual({ count: 2, average: 3, spread: 2, perCriterion: { connection: 3, originality: 3, storytelling: 3 } });
  });
});

describe("entry list filters", () => {
  it("read a URL, drop what is malformed, and write it back", () => {
    const filter = parseEntryFilter(new URLSearchParams("window=2&status=shortlisted&q=%20雷門%20&minScore=9&sort=score&photo=maybe"));
    expect(filter).toMatchObject({ window: 2, status: "shortlisted", q: "雷門", minScore: undefined, sort: "score", photo: undefined });
    expect(parseEntryFilter(new URLSearchParams(filterQuery(filter).slice(1)))).toEqual(filter);
    expect(filterQuery({ sort: "newest" })).toBe("");
  });

  it("search % and _ literally", () => {
    expect(likePattern("100%_a\\b")).toBe("%100\\%\\_a\\\\b%");
  });
});

describe("winners page", () => {
  it("shows winners from the announcement instant, never a millisecond before", () => {
    const at = parseJstMinute("2027-04-15 12:00");
    expect(winnersVisible(at, new Date(at.getTime() - 1))).toBe(false);
    expect(winnersVisible(at, at)).toBe(true);
  });
});

describe("featured story text", () => {
  const story = { sourceLanguage: "ja" as const, titleJa: "原題", storyJa: "本文", titleEn: "Title", storyEn: "Story", translationStatus: "draft" as const };
  it("shows the translation only once it is done", () => {
    expect(storyTextFor(story, "en")).toEqual({ title: "原題", story: "本文", language: "ja", translated: false });
    expect(storyTextFor({ ...story, translationStatus: "done" }, "en")).toEqual({ title: "Title", story: "Story", language: "en", translated: true });
    expect(storyTextFor({ ...story, translationStatus: "done" }, "ja")).toMatchObject({ title: "原題", translated: false });
  });
});

describe("settings form", () => {
  const valid = {
    "windows.0.number": "1",
    "windows.0.opensAt": "2026-12-21T10:00",
    "windows.0.closesAt": "2027-01-29T23:59",
    "windows.1.number": "2",
    "windows.1.opensAt": "2027-03-02T10:00",
    "windows.1.closesAt": "2027-03-26T23:59",
    announcementAt: "2027-04-15T12:00",
    prizeCount: "10",
    acceptanceDeadline: "",
  };
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [name, value] of Object.entries(fields)) data.set(name, value);
    return settingsFormToObject(data);
  };
  it("reads every window in Japan time, closing at the end of the closing minute", () => {
    const schedule = scheduleFromInput(settingsSchema.parse(form(valid)));
    expect(schedule.windows.map((w) => w.number)).toEqual([1, 2]);
    expect(schedule.windows[0].opensAt.toISOString()).toBe("2026-12-21T01:00:00.000Z");
    expect(schedule.windows[0].closesAt.toISOString()).toBe("2027-01-29T14:59:59.999Z");
  });
  it("reads the acceptance deadline, which may be left empty, and refuses one that is not a time", () => {
    expect(settingsSchema.parse(form(valid)).acceptanceDeadline).toBe("");
    expect(settingsSchema.parse(form({ ...valid, acceptanceDeadline: "2027-04-01T12:00" })).acceptanceDeadline).toBe("2027-04-01T12:00");
    const result = settingsSchema.safeParse(form({ ...valid, acceptanceDeadline: "2027-04-31T12:00" }));
    expect(fieldErrors(result.error!)).toEqual({ acceptanceDeadline: "format" });
  });
  it("reads a third window", () => {
    const parsed = settingsSchema.parse(form({ ...valid, "windows.2.number": "3", "windows.2.opensAt": "2027-03-30T10:00", "windows.2.closesAt": "2027-04-05T23:59" }));
    expect(parsed.windows.map((w) => w.number)).toEqual([1, 2, 3]);
  });
  it("refuses dates that do not exist, on their field", () => {
    const result = settingsSchema.safeParse(form({ ...valid, "windows.1.opensAt": "2027-02-30T10:00" }));
    expect(result.success).toBe(false);
    expect(fieldErrors(result.error!)).toEqual({ windows: "format", "windows.1": "format", "windows.1.opensAt": "format" });
  });
  it("refuses a form without any window", () => {
    expect(settingsSchema.safeParse(form({ announcementAt: valid.announcementAt, prizeCount: "10" })).success).toBe(false);
  });
});

describe("interview editor", () => {
  const input = {
    seasonId: "1",
    km: "12",
    format: "qa",
    participants: JSON.stringify([{ key: "guest", role: "volunteer", nameJa: "青木 葵", nameEn: "Aoi Aoki" }]),
    references: "2025/29, 2025/3",
    ja: { title: "わたしの東京マラソンは…？「ありがとうのリレー」", lead: "給水所に立ち続けて十年。", blocks: JSON.stringify([{ type: "question", text: "きっかけは？" }, { type: "answer", speaker: "guest", text: "友人に誘われて。" }]) },
    en: { title: "", lead: "", blocks: "[]" },
  };

  it("accepts both versions' blocks, and no English version when its title is empty", () => {
    const parsed = interviewSchema.parse(input);
    expect(parsed.en).toBeNull();
    expect(parsed.references).toEqual(["2025/29", "2025/3"]);
    expect(parsed.ja.blocks).toHaveLength(2);
  });

  it("names the field that is wrong: bad JSON, an unknown speaker, a bad participant key", () => {
    const errors = (changes: object) => {
      const result = interviewSchema.safeParse({ ...input, ...changes });
      return result.success ? {} : fieldErrors(result.error);
    };
    expect(errors({ ja: { ...input.ja, blocks: "[{" } })).toMatchObject({ "ja.blocks": "json" });
    expect(errors({ ja: { ...input.ja, blocks: JSON.stringify([{ type: "answer", speaker: "host", text: "…" }]) } })).toMatchObject({ "ja.blocks": "unknownSpeaker" });
    expect(errors({ participants: JSON.stringify([{ key: "Guest 1", role: "runner", nameJa: "a", nameEn: "b" }]) })).toMatchObject({ participants: "participantKey" });
    expect(errors({ references: "2025-29" })).toMatchObject({ references: "reference" });
  });
});

describe("generated passwords", () => {
  it("are 20 characters without look-alikes, and differ", () => {
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    for (const p of passwords) expect(p).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{20}$/);
    expect(new Set(passwords).size).toBe(50);
  });
});

describe("field errors", () => {
  it("are reported on the field and on every enclosing field", () => {
    const result = z.object({ a: z.array(z.object({ b: z.string().min(2) })) }).safeParse({ a: [{ b: "x" }] });
    expect(fieldErrors(result.error!)).toEqual({ a: "too_small", "a.0": "too_small", "a.0.b": "too_small" });
  });
});

describe("console and public page messages", () => {
  it("are valid ICU messages in both languages", async () => {
    const { createTranslator } = await import("next-intl");
    for (const locale of ["ja", "en"] as const) {
      const messages = (await import(`@/messages/${locale}.json`)).default;
      const errors: string[] = [];
      const t = createTranslator({ locale, messages, onError: (error) => errors.push(error.message) });
      const leaves = (node: unknown, prefix: string): string[] =>
        typeof node === "string" ? [prefix] : Object.entries(node as object).flatMap(([k, v]) => leaves(v, `${prefix}.${k}`));
      for (const key of ["Admin", "Stories", "Winners"].flatMap((ns) => leaves(messages[ns], ns))) {
        const text = key.split(".").reduce((n: Record<string, unknown>, k) => n[k] as Record<string, unknown>, messages) as unknown as string;
        const values: Record<string, unknown> = {};
        for (const [, name] of text.matchAll(/\{(\w+)[,}]/g)) values[name!] = 1;
        for (const [, tag] of text.matchAll(/<(\w+)>/g)) values[tag!] = (chunks: string) => chunks;
        (t.markup as (key: string, values: object) => string)(key, values);
      }
      expect(errors, locale).toEqual([]);
    }
  });
});
