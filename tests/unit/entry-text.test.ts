import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { MAX_CHARACTERS, STORY_MIN_CHARACTERS } from "@/lib/validation/entry-fields";
import { rawTextProblem, validateEntry } from "@/lib/validation/entry";
import {
  countCharacters,
  hasAtLeastCharacters,
  hasAtMostCharacters,
  hasDirectionControls,
  hasTooManyMarks,
  MAX_MARKS_PER_CHARACTER,
  normalizeMultiline,
  normalizeSingleLine,
  SEGMENTER_MAX_UNITS,
  unitBudget,
} from "@/lib/validation/text";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const slowCount = (text: string) => [...segmenter.segment(text.normalize("NFC"))].length;

describe("countCharacters", () => {
  it.each([
    ["東京マラソン", 6],
    ["ｶﾞ", 1],
    ["e\u0301", 1],
    ["é", 1],
    ["👍🏽", 1],
    ["👨‍👩‍👧", 1],
    ["🇯🇵", 1],
    ["a\nb", 3],
    ["", 0],
  ])("counts %j as %i", (text, expected) => {
    expect(countCharacters(text)).toBe(expected);
  });
});

describe("countCharacters against Intl.Segmenter", () => {
  // Characters from the ranges the fast path trusts, mixed with the ones it must leave to the segmenter.
  const nearBoundaries = fc.oneof(
    fc.integer({ min: 0x20, max: 0x36f }),
    fc.integer({ min: 0x2000, max: 0x206f }),
    fc.integer({ min: 0x3000, max: 0x30ff }),
    fc.integer({ min: 0x4e00, max: 0x4e20 }),
    fc.integer({ min: 0xff00, max: 0xffef }),
    fc.constantFrom(0x0a, 0x0d, 0x200d, 0xfe0f, 0x1f3fd, 0x1f44d, 0x1f1ef, 0x1f1f5, 0xe0100),
  );
  const text = fc.oneof(
    fc.array(nearBoundaries, { maxLength: 60 }).map((codes) => String.fromCodePoint(...codes)),
    fc.string({ unit: "grapheme", maxLength: 60 }),
    fc.string({ unit: "binary", maxLength: 60 }),
  );

  it("counts every text exactly as the segmenter does", () => {
    fc.assert(
      fc.property(text, (value) => {
        expect(countCharacters(value)).toBe(slowCount(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("answers the limit checks as a full count would", () => {
    fc.assert(
      fc.property(text, fc.nat(70), (value, limit) => {
        expect(hasAtMostCharacters(value, limit)).toBe(slowCount(value) <= limit);
        expect(hasAtLeastCharacters(value, limit)).toBe(slowCount(value) >= limit);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("normalization", () => {
  it("composes to NFC, so the same text is stored the same way whatever the keyboard", () => {
    expect(normalizeSingleLine("Cafe\u0301")).toBe("Café");
    expect(normalizeSingleLine("か\u3099")).toBe("が");
  });

  it("removes control characters but keeps the story's newlines", () => {
    expect(normalizeMultiline("  one\u0000\u0007\r\ntwo\rthree\u0085\u009f  ")).toBe("one\ntwo\nthree");
  });

  it("turns newlines and tabs into spaces in one-line fields", () => {
    expect(normalizeSingleLine("\tMy\r\ntitle\t")).toBe("My title");
  });

  it("keeps emoji joiners and variation selectors, which are not control characters", () => {
    expect(normalizeMultiline("👨‍👩‍👧 ❤️")).toBe("👨‍👩‍👧 ❤️");
  });
});

describe("bounded work on hostile text", () => {
  // ≈1 MB of "e" + 99 combining acute accents, and a story of 3,999 characters each carrying 99.
  const acuteStorm = ("e" + "\u0301".repeat(99)).repeat(10_000);
  const maxSizeZalgo = ("a" + "\u0301\u0316\u0360".repeat(33)).repeat(3_999);
  // Within every budget, so it does reach the segmenter: the most it is ever given.
  const longestCounted = ("e" + "\u0301".repeat(MAX_MARKS_PER_CHARACTER)).repeat(unitBudget(MAX_CHARACTERS.story) / 9);

  function segmentedLengths(work: () => void): number[] {
    const lengths: number[] = [];
    const segment = Intl.Segmenter.prototype.segment;
    const spy = vi.spyOn(Intl.Segmenter.prototype, "segment").mockImplementation(function (this: Intl.Segmenter, input: string) {
      lengths.push(input.length);
      return segment.call(this, input);
    });
    try {
      work();
    } finally {
      spy.mockRestore();
    }
    return lengths;
  }

  it("every field's budget fits under the segmenter's bound", () => {
    for (const max of Object.values(MAX_CHARACTERS)) expect(unitBudget(max)).toBeLessThanOrEqual(SEGMENTER_MAX_UNITS);
  });

  it("never gives the segmenter more than SEGMENTER_MAX_UNITS code units, whatever the entry holds", () => {
    const lengths = segmentedLengths(() => {
      for (const story of [acuteStorm, maxSizeZalgo, "👨‍👩‍👧".repeat(200_000), longestCounted]) {
        validateEntry({ story, title: story, penName: story, name: story });
        countCharacters(story);
        hasAtMostCharacters(story, MAX_CHARACTERS.story);
        hasAtLeastCharacters(story, STORY_MIN_CHARACTERS);
      }
    });
    expect(lengths.length).toBeGreaterThan(0);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(SEGMENTER_MAX_UNITS);
  });

  it("refuses the hostile stories unsegmented, saying why", () => {
    const lengths = segmentedLengths(() => {
      expect(validateEntry({ story: acuteStorm }).success).toBe(false);
      expect(rawTextProblem(acuteStorm, MAX_CHARACTERS.story)).toBe("tooManyMarks");
      expect(rawTextProblem(maxSizeZalgo, MAX_CHARACTERS.story)).toBe("tooManyMarks");
      expect(rawTextProblem("a".repeat(1_000_000), MAX_CHARACTERS.story)).toBe("tooLong");
    });
    expect(lengths).toEqual([]);
  });

  it("allows up to MAX_MARKS_PER_CHARACTER marks on one character, and emoji joined with ZWJ", () => {
    expect(hasTooManyMarks("e" + "\u0301".repeat(MAX_MARKS_PER_CHARACTER))).toBe(false);
    expect(hasTooManyMarks("e" + "\u0301".repeat(MAX_MARKS_PER_CHARACTER + 1))).toBe(true);
    expect(hasTooManyMarks("e" + "\u0301\u200d".repeat(5))).toBe(true);
    for (const emoji of ["👨‍👩‍👧‍👦", "🏳️‍🌈", "❤️‍🔥", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "1️⃣", "ｶﾞ", "Việt Nam"]) expect(hasTooManyMarks(emoji), emoji).toBe(false);
  });

  it("finds direction overrides and isolates, not the direction marks", () => {
    for (const control of ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]) {
      expect(hasDirectionControls(`aki${control}elif.exe`)).toBe(true);
    }
    expect(hasDirectionControls("\u200eשלום\u200f and 👨‍👩‍👧")).toBe(false);
  });
});
