import { describe, expect, it } from "vitest";
import { isCrossSitePost } from "@/lib/http/cross-site";

const post = (headers: Record<string, string>) => isCrossSitePost("POST", new Headers(headers), "console.example.org");

describe("a cross-site POST to the console", () => {
  it("is recognised by its Origin or by Sec-Fetch-Site", () => {
    expect(post({ origin: "https://evil.example" })).toBe(true);
    expect(post({ origin: "null" })).toBe(true);
    expect(post({ "sec-fetch-site": "cross-site", origin: "https://console.example.org" })).toBe(true);
  });

  it("leaves same-origin posts, posts without browser headers and other methods alone", () => {
    expect(post({ origin: "https://console.example.org", "sec-fetch-site": "same-origin" })).toBe(false);
    expect(post({})).toBe(false);
    expect(isCrossSitePost("GET", new Headers({ origin: "https://evil.example" }), "console.example.org")).toBe(false);
  });
});
