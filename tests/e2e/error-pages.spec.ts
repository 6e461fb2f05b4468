import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/staff";
import { UNAVAILABLE_URL } from "./support/servers";

const COPY = {
  ja: {
    notFound: "ページが見つかりません",
    home: "トップページへ戻る",
    unavailable: "ただいまページを表示できません",
    entryUnavailable: "いまは応募を受け付けられません",
    retry: "もう一度読み込む",
  },
  en: {
    notFound: "Page not found",
    home: "Back to the home page",
    unavailable: "This page is temporarily unavailable",
    entryUnavailable: "We can't take entries right now",
    retry: "Try again",
  },
} as const;

/** Next.js's own English error page, which must never reach a visitor. */
const NEXT_DEFAULT_ERROR = /couldn.t load|Application error|Internal Server Error/i;

// A path no earlier request can have put in a server's page cache.
const fresh = () => randomBytes(4).toString("hex");

async function expectWayHome(page: Page, locale: "ja" | "en") {
  await expect(page.getByRole("link", { name: COPY[locale].home })).toHaveAttribute("href", `/${locale}`);
}

test.describe("404 pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of ["ja", "en"] as const) {
    for (const [what, path] of [
      ["an unknown path", "/no/such/page"],
      ["an unknown season", "/relay/1999"],
      ["an unknown km", "/relay/2025/99"],
      ["an unknown story", "/stories/999999999"],
    ] as const) {
      test(`${what} in ${locale} answers 404 with the localized page, its language and a way home`, async ({ page }) => {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status()).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(COPY[locale].notFound);
        await expectWayHome(page, locale);
      });
    }
  }

  test("a first segment that is no language answers 404 in both languages", async ({ page }) => {
    const response = await page.goto(`/${fresh()}.txt`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText([COPY.ja.notFound, COPY.en.notFound]);
    await expect(page.locator('section[lang="en"]').getByRole("link", { name: COPY.en.home })).toHaveAttribute("href", "/en");
  });
});

test("with JavaScript, a first segment that is no language keeps its 404 in both languages", async ({ page }) => {
  const response = await page.goto(`/${fresh()}.txt`);
  expect(response?.status()).toBe(404);
  await page.waitForLoadState("networkidle");
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText([COPY.ja.notFound, COPY.en.notFound]);
});

test.describe("pages while the database is down", () => {
  test.use({ baseURL: UNAVAILABLE_URL });

  for (const locale of ["ja", "en"] as const) {
    test.describe(`in ${locale}`, () => {
      test("without JavaScript, a page answers 500 with the localized explanation, a retry and a way home", async ({ browser }) => {
        const context = await browser.newContext({ baseURL: UNAVAILABLE_URL, javaScriptEnabled: false });
        const page = await context.newPage();
        const path = `/${locale}/relay/${fresh()}`;
        const response = await page.goto(path);
        expect(response?.status()).toBe(500);
        expect(response?.headers()["cache-control"]).toContain("no-store");
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(COPY[locale].unavailable);
        await expectWayHome(page, locale);

        // The retry is a plain form: it asks for the same page again.
        const again = page.waitForResponse((r) => new URL(r.url()).pathname === path);
        await page.getByRole("button", { name: COPY[locale].retry }).click();
        expect((await again).status()).toBe(500);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(COPY[locale].unavailable);
        await context.close();
      });

      test("without JavaScript, the entry page says entries cannot be taken now", async ({ browser }) => {
        const context = await browser.newContext({ baseURL: UNAVAILABLE_URL, javaScriptEnabled: false });
        const page = await context.newPage();
        await page.goto(`/${locale}/entry`);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(COPY[locale].unavailable);
        await expect(page.getByText(COPY[locale].entryUnavailable)).toBeVisible();
        await expect(page.getByRole("button", { name: COPY[locale].retry })).toBeVisible();
        await expectWayHome(page, locale);
        await context.close();
      });

      test("with JavaScript, the error boundary keeps the explanation, and its retry tries again", async ({ page }) => {
        const path = `/${locale}/relay/${fresh()}`;
        await page.goto(path);
        // The title is set by the browser's error boundary: it has taken over from the server's HTML.
        await expect(page).toHaveTitle(COPY[locale].unavailable);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(COPY[locale].unavailable);
        const again = page.waitForRequest((r) => new URL(r.url()).pathname === path);
        await page.getByRole("button", { name: COPY[locale].retry }).click();
        await again;
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(COPY[locale].unavailable);
        await expectWayHome(page, locale);
        await expect(page.getByText(NEXT_DEFAULT_ERROR)).toHaveCount(0);
      });
    });
  }

  test("the staff console explains the failure in its own language, with a retry", async ({ staffPage }) => {
    // The session cookie is the one the working server issued (cookies do not depend on the port).
    const { page } = await staffPage("reviewer");
    await page.goto(`${UNAVAILABLE_URL}/admin`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("コンソールを表示できませんでした");
    await expect(page.getByText("データベースに接続できません")).toBeVisible();
    await expect(page.getByRole("button", { name: "もう一度読み込む" })).toBeVisible();
    await expect(page.getByRole("link", { name: "ダッシュボードへ戻る" })).toHaveAttribute("href", "/admin");
    await expect(page.getByText(NEXT_DEFAULT_ERROR)).toHaveCount(0);
  });
});
