import { describe, expect, it } from "vitest";
import { countCharacters, normalizeMultiline, normalizeSingleLine } from "@/lib/validation/text";

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
