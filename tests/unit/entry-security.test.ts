import { describe, expect, it } from "vitest";
import { clientKey } from "@/lib/entries/admission";
import { issueFormToken, readFormToken } from "@/lib/entries/form-token";
import { newReference } from "@/lib/entries/reference";

const SECRET = "test-secret";

describe("form token", () => {
  const now = new Date("2027-01-10T03:00:00Z");

  it("reads back the render time and a 22-character submission key", () => {
    const token = readFormToken(issueFormToken(now, SECRET), SECRET);
    expect(token?.renderedAt).toBe(now.getTime());
    expect(token?.submissionKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it("gives every rendered form its own submission key", () => {
    const keys = new Set(Array.from({ length: 100 }, () => readFormToken(issueFormToken(now, SECRET), SECRET)!.submissionKey));
    expect(keys.size).toBe(100);
  });

  it("refuses a token signed with another secret, an edited render time and garbage", () => {
    const token = issueFormToken(now, SECRET);
    expect(readFormToken(token, "other-secret")).toBeNull();
    const [key, , signature] = token.split(".");
    expect(readFormToken(`${key}.${now.getTime() - 60_000}.${signature}`, SECRET)).toBeNull();
    for (const garbage of [null, "", "a.b.c", token + "x", 42]) expect(readFormToken(garbage, SECRET)).toBeNull();
  });
});

describe("reference", () => {
  it("names the campaign and the window and avoids look-alike symbols", () => {
    for (let i = 0; i < 200; i++) expect(newReference(2)).toMatch(/^TM27-2-[2-9A-HJ-NP-Z]{6}$/);
  });
});

describe("client address", () => {
  it("keys rate limits by a hash, never by the address itself", () => {
    const key = clientKey("203.0.113.9", SECRET);
    expect(key).not.toContain("203.0.113.9");
    expect(key).toBe(clientKey("203.0.113.9", SECRET));
    expect(key).not.toBe(clientKey("203.0.113.10", SECRET));
  });
});
