import { expect, test } from "@playwright/test";

test.describe("language negotiation", () => {
  // The browser's locale sets its Accept-Language header.
  for (const [browserLocale, locale] of [
    ["en-US", "en"],
    ["ja-JP", "ja"],
    ["fr-FR", "ja"],
  ] as const) {
    test(`/ sends a ${browserLocale} browser to /${locale}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto("/");
      await expect(page).toHaveURL(new RegExp(`/${locale}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await context.close();
    });
  }

  test("a chosen language wins over Accept-Language on the next visit to /", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ja-JP" });
    const page = await context.newPage();
    await page.goto("/ja");
    await page.getByRole("navigation", { name: "表示言語" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test("the language switcher leads to the same page in the other language", async ({ page }) => {
    await page.goto("/en/no-such-page");
    await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "日本語" }).click();
    await expect(page).toHaveURL(/\/ja\/no-such-page$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("ページが見つかりません");
  });
});

test.describe("landing page", () => {
  test("shows the campaign, the prize, the schedule and the current state in Japanese", async ({ page }) => {
    await page.goto("/ja");
    await expect(page).toHaveTitle(/あなたのつながりの物語/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("42.195km");
    await expect(page.getByText("東京マラソン2027 出走権")).toBeVisible();
    const schedule = page.getByRole("region", { name: "スケジュール" });
    await expect(schedule.getByText("第1回エントリー期間")).toBeVisible();
    await expect(schedule.getByText("2026年12月21日(月) 10:00（日本時間）")).toBeVisible();
    await expect(page.getByRole("region", { name: "現在の受付状況" })).toContainText("エントリーは2026年12月21日(月) 10:00（日本時間）に始まります。");
  });

  test("has English metadata, hreflang alternates and a canonical URL", async ({ page }) => {
    await page.goto("/en");
    await expect(page).toHaveTitle("Tell us the story of your connection | Connected Stories | Tokyo Marathon 2027");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/en$/);
    await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute("href", /\/ja$/);
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", /\/ja$/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Tell us the story of your connection");
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_US");
  });
});

test.describe("not found", () => {
  for (const [path, heading] of [
    ["/ja/no-such-page", "ページが見つかりません"],
    ["/en/no-such-page", "Page not found"],
  ] as const) {
    test(`${path} answers 404 with the localized page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    });
  }
});

test.describe("responses", () => {
  test("carry the security headers", async ({ request }) => {
    const response = await request.get("/ja");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("object-src 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["strict-transport-security"]).toContain("max-age=");
  });

  test("let a CDN cache public pages", async ({ request }) => {
    const response = await request.get("/en");
    expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
    expect(response.headers()["cache-control"]).toContain("stale-while-revalidate");
  });

  test("health answers 200 with JSON while the database works", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { ok: true } });
  });

  test("robots.txt points at the sitemap", async ({ request, baseURL }) => {
    const body = await (await request.get("/robots.txt")).text();
    expect(body).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(body).toContain("Disallow: /admin");
  });
});

test("pages load nothing from other hosts", async ({ page }) => {
  const foreign: string[] = [];
  page.on("request", (request) => {
    const { hostname } = new URL(request.url());
    if (hostname !== "localhost" && !request.url().startsWith("data:")) foreign.push(request.url());
  });
  for (const path of ["/ja", "/en"]) {
    await page.goto(path, { waitUntil: "networkidle" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(foreign).toEqual([]);
});
