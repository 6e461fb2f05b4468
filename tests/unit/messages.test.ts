import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

function leafKeys(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object") return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]!).sort();
}

describe("messages", () => {
  it("have the same keys in Japanese and English", () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(ja).sort());
  });

  it("have no empty message", () => {
    for (const [name, messages] of Object.entries({ ja, en })) {
      const empty = leafKeys(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty, `empty in ${name}`).toEqual([]);
    }
  });

  it("use the same placeholders in both languages", () => {
    const get = (messages: object, key: string) =>
      key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    const mismatched = leafKeys(ja).filter(
      (key) => placeholders(get(ja, key)).join() !== placeholders(get(en, key)).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
