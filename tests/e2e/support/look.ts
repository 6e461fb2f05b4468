import { expect, type APIRequestContext, type Page } from "@playwright/test";

export const PHONE = { width: 390, height: 844 };
export const LAPTOP = { width: 1280, height: 800 };

/** On a 390×844 phone, the landing page shows the prize and `action` without scrolling. */
export async function expectHeroOnPhone(page: Page, locale: "ja" | "en", action: string) {
  const viewport = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.goto(`/${locale}`);
  const hero = page.getByRole("region", { name: await page.getByRole("heading", { level: 1 }).innerText() });
  await expect(hero.getByText(locale === "ja" ? "東京マラソン2027 出走権" : "An entry to run Tokyo Marathon 2027")).toBeInViewport({ ratio: 1 });
  await expect(hero.getByRole("link", { name: action, exact: true })).toBeInViewport({ ratio: 1 });
  if (viewport) await page.setViewportSize(viewport);
}

/** The share image of a page (its path without the locale) answers 200 as a PNG in both languages. */
export async function expectShareImages(request: APIRequestContext, path: string) {
  for (const locale of ["ja", "en"]) {
    const response = await request.get(`/${locale}${path === "/" ? "" : path}/opengraph-image`);
    expect(response.status(), `${locale} ${path}`).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
    expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
  }
}
