import { describe, expect, it } from "vitest";
import { getPathname } from "@/i18n/navigation";
import { isAppLocale, localizeHref, switchLocale } from "@/i18n/paths";

describe("localized links", () => {
  it("prefix every path with the locale, the home page without a trailing slash", () => {
    expect(localizeHref("/", "ja")).toBe("/ja");
    expect(localizeHref("/relay", "en")).toBe("/en/relay");
    expect(localizeHref("/relay/2025/12", "ja")).toBe("/ja/relay/2025/12");
  });

  it("keep the query and the fragment after the localized path", () => {
    expect(localizeHref("/#schedule", "ja")).toBe("/ja#schedule");
    expect(localizeHref("/relay?course=3#list", "en")).toBe("/en/relay?course=3#list");
    expect(localizeHref("/?ref=mail", "en")).toBe("/en?ref=mail");
  });

  it("leave fragments, external and protocol-relative links alone", () => {
    expect(localizeHref("#main", "en")).toBe("#main");
    expect(localizeHref("https://www.marathon.tokyo/", "en")).toBe("https://www.marathon.tokyo/");
    expect(localizeHref("//cdn.example.org/x", "en")).toBe("//cdn.example.org/x");
    expect(localizeHref("mailto:info@example.org", "ja")).toBe("mailto:info@example.org");
  });

  it("getPathname gives the same answer as the links", () => {
    expect(getPathname({ href: "/relay/2025", locale: "en" })).toBe("/en/relay/2025");
  });
});

describe("switching language", () => {
  it("points at the same page in the other locale", () => {
    expect(switchLocale("/ja", "en")).toBe("/en");
    expect(switchLocale("/en/relay/2025/12", "ja")).toBe("/ja/relay/2025/12");
    expect(switchLocale("/ja/no-such-page", "en")).toBe("/en/no-such-page");
  });

  it("adds the locale to a path that has none", () => {
    expect(switchLocale("/", "en")).toBe("/en");
    expect(switchLocale("/relay", "en")).toBe("/en/relay");
  });

  it("knows only the site's locales", () => {
    expect(isAppLocale("ja")).toBe(true);
    expect(isAppLocale("en")).toBe(true);
    expect(isAppLocale("fr")).toBe(false);
    expect(isAppLocale(undefined)).toBe(false);
  });
});
