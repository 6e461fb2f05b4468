import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countCharacters, hasAtLeastCharacters, hasAtMostCharacters, normalizeMultiline, normalizeSingleLine } from "@/lib/validation/text";

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
