import { describe, expect, it } from "vitest";
import { blocksSchema, paragraphs, parseBlocks } from "@/lib/interviews/blocks";

const speakers = ["a", "b"];
const good = [
  { type: "heading", text: "走り始めたきっかけ" },
  { type: "question", text: "What moved you most?" },
  { type: "answer", speaker: "a", text: "First paragraph.\n\nSecond paragraph." },
  { type: "photo", src: "/relay/2025-7.svg", alt: "A volunteer hands out water" },
  { type: "photo", src: "/relay/2025-7.svg", alt: "Same, with a caption", caption: "Iidabashi, 7 km" },
];

describe("interview body blocks", () => {
  it("accepts every kind of block", () => {
    expect(parseBlocks(good, speakers)).toEqual({ ok: true, blocks: good });
  });

  it.each([
    ["not a list", { type: "heading", text: "x" }],
    ["an empty body", []],
    ["an unknown block type", [{ type: "quote", text: "x" }]],
    ["a heading without text", [{ type: "heading" }]],
    ["a blank question", [{ type: "question", text: "   " }]],
    ["an answer by someone not in the interview", [{ type: "answer", speaker: "z", text: "x" }]],
    ["an answer without a speaker", [{ type: "answer", text: "x" }]],
    ["a photo without alt text", [{ type: "photo", src: "/relay/a.svg" }]],
    ["a photo with empty alt text", [{ type: "photo", src: "/relay/a.svg", alt: "" }]],
    ["a remote photo", [{ type: "photo", src: "https://example.com/a.png", alt: "x" }]],
    ["a protocol-relative photo", [{ type: "photo", src: "//example.com/a.png", alt: "x" }]],
    ["a photo that is not an image", [{ type: "photo", src: "/relay/a.html", alt: "x" }]],
    ["an unexpected field", [{ type: "heading", text: "x", html: "<b>x</b>" }]],
  ])("refuses %s without throwing", (_, body) => {
    const result = parseBlocks(body, speakers);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
  });

  it("names the block and field that is wrong", () => {
    const result = blocksSchema(speakers).safeParse([good[0], { type: "answer", speaker: "c", text: "x" }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([1, "speaker"]);
  });

  it("splits answers into paragraphs at blank lines", () => {
    expect(paragraphs("One\nstill one.\n\n  Two  \n \n\nThree")).toEqual(["One\nstill one.", "Two", "Three"]);
  });
});
