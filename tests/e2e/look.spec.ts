import { expect, test } from "@playwright/test";
import { expectHeroOnPhone, expectShareImages, LAPTOP, PHONE } from "./support/look";
import { ROUTE } from "../../lib/interviews/course-route";
import { MESSAGES } from "./support/entry-form";

test.describe("on a phone", () => {
  // The seeded schedule: before the first window. The open and announced states are checked where
  // the console changes the schedule (admin-global.serial.spec.ts).
  test("the hero shows the prize and the main action above the fold, in both languages", async ({ page }) => {
    await expectHeroOnPhone(page, "ja", "インタビューリレーを読む");
    await expectHeroOnPhone(page, "en", "Read the Interview Relay");
  });

  test("the header menu opens and navigates without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/ja");
    const links = page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link");
    await expect(links).toHaveCount(0);
    await page.getByText("メニュー", { exact: true }).click();
    await expect(links).toHaveText(["インタビューリレー", "紹介ストーリー", "スケジュール", "応募する"]);
    await links.filter({ hasText: "紹介ストーリー" }).click();
    await expect(page).toHaveURL(/\/ja\/stories$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await context.close();
  });
});

test.describe("the course map", () => {
  for (const [locale, messages] of [
    ["ja", MESSAGES.ja],
    ["en", MESSAGES.en],
  ] as const) {
    test(`names every marker by its card's km and title and shows the landmarks, on a phone (${locale})`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/${locale}/relay/2025`);
      const drawing = page.locator("figure svg");
      const markers = drawing.getByRole("link");
      const list = page.getByRole("region", { name: locale === "ja" ? "物語の一覧" : "All stories" });
      await expect(markers).toHaveCount(await list.getByRole("link").count());
      for (const marker of await markers.all()) {
        const href = (await marker.getAttribute("href"))!;
        const title = await list.locator(`a[href="${href}"]`).textContent();
        const km = messages.StoryCard.km.replace("{km}", href.split("/").pop()!);
        await expect(marker).toHaveAccessibleName(`${km} ${title}`);
      }
      for (const point of ROUTE.filter((p) => p.landmark)) {
        await expect(drawing.locator(`[data-landmark="${point.landmark}"]`)).toBeAttached();
        await expect(page.getByTestId("course-landmarks")).toContainText(messages.Course.landmarks[point.landmark!]);
      }
      // The drawing scrolls sideways inside its own region; the page itself does not.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });
  }
});

test.describe("as served", () => {
  test("pages and /_next/static files come compressed when the browser accepts it", async ({ request }) => {
    const page = await request.get("/ja", { headers: { "Accept-Encoding": "gzip" } });
    expect(page.headers()["content-encoding"]).toBe("gzip");
    const script = (await page.text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
    expect(script).toBeDefined();
    for (const encoding of ["br", "gzip"]) {
      const file = await request.get(script!, { headers: { "Accept-Encoding": encoding } });
      expect(file.status()).toBe(200);
      expect(file.headers()["content-encoding"]).toBe(encoding);
      expect(file.headers()["cache-control"]).toContain("immutable");
    }
    const plain = await request.get(script!, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    expect(await plain.text()).toContain("function");
  });

  test("the landing page, a season and an interview have share images in both languages", async ({ request }) => {
    for (const path of ["/", "/relay/2025", "/relay/2025/12"]) await expectShareImages(request, path);
  });

  test("/favicon.ico and the app icons answer as images", async ({ request }) => {
    for (const [path, type] of [
      ["/favicon.ico", "image/x-icon"],
      ["/icon.svg", "image/svg+xml"],
      ["/apple-icon", "image/png"],
    ] as const) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(response.headers()["content-type"], path).toBe(type);
    }
  });
});

// Pictures of every public page type for people to look at (kept with test-results/ as CI
// artifacts, never committed); the layout itself is asserted by the tests above.
const PAGE_TYPES = [
  ["landing", ""],
  ["relay", "/relay"],
  ["season", "/relay/2025"],
  ["interview", "/relay/2025/12"],
  ["entry", "/entry"],
  ["stories", "/stories"],
  ["winners", "/winners"],
  ["privacy", "/privacy"],
  ["terms", "/terms"],
  ["not-found", "/no-such-page"],
] as const;

for (const locale of ["ja", "en"] as const) {
  test(`screenshots of every public page type on a phone and a laptop (${locale})`, async ({ page }, testInfo) => {
    test.slow();
    for (const [name, path] of PAGE_TYPES) {
      for (const [device, viewport] of [["phone", PHONE], ["laptop", LAPTOP]] as const) {
        await page.setViewportSize(viewport);
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(name === "not-found" ? 404 : 200);
        await page.screenshot({ path: testInfo.outputPath(`${locale}-${name}-${device}.png`), fullPage: true });
      }
    }
  });
}
