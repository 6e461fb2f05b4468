import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { poolConfigFromUrl } from "../../lib/db/connection";

type Story = { season: string; km: number; published: boolean; titles: Record<string, string>; references: string[] };

const { schema: _, ...poolConfig } = poolConfigFromUrl(process.env.E2E_DATABASE_URL!, { max: 2 });
const pool = new pg.Pool(poolConfig);
test.afterAll(() => pool.end());

/** What the database holds, read without going through the app's code. */
async function stories(): Promise<Story[]> {
  const { rows } = await pool.query<Story>(`
    SELECT s.slug AS season, i.km, i.published,
      (SELECT json_object_agg(t.locale, t.title) FROM "InterviewTranslation" t WHERE t."interviewId" = i.id) AS titles,
      ARRAY(SELECT rs.slug || '/' || r.km FROM "InterviewReference" x
            JOIN "Interview" r ON r.id = x."toId" JOIN "Season" rs ON rs.id = r."seasonId"
            WHERE x."fromId" = i.id AND r.published ORDER BY rs.position, r.km) AS "references"
    FROM "Interview" i JOIN "Season" s ON s.id = i."seasonId"
    WHERE s.slug = ANY($1)
    ORDER BY s.position, i.km`, [SEEDED_SEASONS]);
  return rows;
}

// The seeded seasons only: console tests create seasons of their own while these tests run.
const SEEDED_SEASONS = ["2025", "2026"];

async function published(season?: string): Promise<Story[]> {
  return (await stories()).filter((s) => s.published && (!season || s.season === season));
}

async function seasons(): Promise<string[]> {
  return (await pool.query<{ slug: string }>(`SELECT slug FROM "Season" WHERE slug = ANY($1) ORDER BY position`, [SEEDED_SEASONS])).rows.map((r) => r.slug);
}

const path = (locale: string, story: { season: string; km: number }) => `/${locale}/relay/${story.season}/${story.km}`;

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

for (const locale of ["ja", "en"] as const) {
  test.describe(`relay in ${locale}`, () => {
    test("the index links every season and each season page links every published story", async ({ page }) => {
      await page.goto(`/${locale}/relay`);
      for (const season of await seasons()) {
        await expect(page.locator(`main a[href="/${locale}/relay/${season}"]`)).toHaveCount(1);
      }
      for (const season of await seasons()) {
        const expected = await published(season);
        await page.goto(`/${locale}/relay/${season}`);
        const list = page.getByRole("region", { name: locale === "ja" ? "物語の一覧" : "All stories" });
        const hrefs = await list.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
        expect(hrefs.sort()).toEqual(expected.map((s) => path(locale, s)).sort());
        // The course map has a marker link for each story too.
        const markers = page.locator(`svg a`).filter({ visible: true });
        const markerHrefs = await markers.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
        expect(markerHrefs.sort()).toEqual(expected.map((s) => path(locale, s)).sort());
      }
    });

    test("an interview page has its title, share links, and Open Graph data with a working image", async ({ page, request, baseURL }) => {
      const story = (await published("2025")).find((s) => s.titles.en)!;
      await page.goto(path(locale, story));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.titles[locale]!);
      const canonical = `${baseURL}${path(locale, story)}`;
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", canonical);
      await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", canonical);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", story.titles[locale]!);
      await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", locale === "ja" ? "ja_JP" : "en_US");
      await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", /Connected Stories/);
      await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");

      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(image).toContain(`${baseURL}${path(locale, story)}/opengraph-image`);
      const response = await request.get(image!);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toMatch(/^image\/png/);
      expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");

      const share = page.getByRole("navigation", { name: locale === "ja" ? "この物語をシェアする" : "Share this story" });
      const links = await share.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(links).toHaveLength(3);
      for (const link of links) expect(new URL(link).search).toContain(encodeURIComponent(canonical));
    });

    test("has no accessibility violations on the landing, index, season and interview pages", async ({ page }) => {
      test.slow(); // six pages, each fully analysed by axe
      const [story] = await published("2026");
      for (const url of [`/${locale}`, `/${locale}/relay`, `/${locale}/relay/2025`, `/${locale}/relay/2025/filter/runner/all`, path(locale, story!)]) {
        await page.goto(url);
        await expectNoAxeViolations(page);
      }
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`/${locale}/relay/2026`);
      await expectNoAxeViolations(page);
    });

    test("unknown, malformed or unpublished kms and unknown seasons answer 404 with the localized page", async ({ page }) => {
      const taken = new Set((await stories()).filter((s) => s.season === "2025").map((s) => s.km));
      const free = [...Array(43).keys()].filter((km) => !taken.has(km));
      const heading = locale === "ja" ? "ページが見つかりません" : "Page not found";
      for (const url of [`/relay/2025/${free[0]}`, "/relay/2025/43", "/relay/2025/-1", "/relay/2025/abc", "/relay/2025/07", "/relay/1999", "/relay/1999/3", "/relay/2025/filter/astronaut/all"]) {
        const response = await page.goto(`/${locale}${url}`);
        expect(response?.status(), url).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      }

      // A story that exists but is not published yet is not there either.
      const km = free[locale === "ja" ? 1 : 2]!;
      const { rows } = await pool.query(
        `INSERT INTO "Interview" ("seasonId", km, format, published, "updatedAt")
         SELECT id, $1, 'qa', false, now() FROM "Season" WHERE slug = '2025' RETURNING id`,
        [km],
      );
      try {
        await pool.query(`INSERT INTO "InterviewTranslation" ("interviewId", locale, title, lead, blocks) VALUES ($1, $2, 'Draft', 'Draft', '[]')`, [rows[0].id, locale]);
        const response = await page.goto(`/${locale}/relay/2025/${km}`);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      } finally {
        await pool.query(`DELETE FROM "Interview" WHERE id = $1`, [rows[0].id]);
      }
    });

    test("previous, next and reference links lead to the right stories", async ({ page }) => {
      const season = await published("2025");
      const index = season.findIndex((s, i) => i > 0 && i < season.length - 1 && s.references.length > 0);
      const story = season[index]!;
      const along = page.getByRole("navigation", { name: locale === "ja" ? "コースに沿って読む" : "Along the course" });

      await page.goto(path(locale, story));
      await along.getByRole("link", { name: locale === "ja" ? /次の物語/ : /Next story/ }).click();
      await expect(page).toHaveURL(new RegExp(`${path(locale, season[index + 1]!)}$`));
      await along.getByRole("link", { name: locale === "ja" ? /前の物語/ : /Previous story/ }).click();
      await expect(page).toHaveURL(new RegExp(`${path(locale, story)}$`));
      await along.getByRole("link", { name: locale === "ja" ? /前の物語/ : /Previous story/ }).click();
      await expect(page).toHaveURL(new RegExp(`${path(locale, season[index - 1]!)}$`));

      await page.goto(path(locale, story));
      const [referenced] = story.references;
      const [refSeason, refKm] = referenced!.split("/");
      const target = { season: refSeason!, km: Number(refKm) };
      const names = page.getByRole("region", { name: locale === "ja" ? "この物語が挙げた物語" : "Stories this one names" });
      await names.locator(`a[href="${path(locale, target)}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${path(locale, target)}$`));
      // …and the story named links back.
      const namedBy = page.getByRole("region", { name: locale === "ja" ? "この物語を挙げた物語" : "Stories that name this one" });
      await expect(namedBy.locator(`a[href="${path(locale, story)}"]`)).toHaveCount(1);
    });

    test("filters work as plain links without JavaScript", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/relay/2025`);
      const role = locale === "ja" ? "ボランティア" : "Volunteer";
      await page.getByRole("group", { name: locale === "ja" ? "立場" : "Role" }).getByRole("link", { name: new RegExp(`^${role}`) }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/relay/2025/filter/volunteer/all$`));
      const { rows } = await pool.query(
        `SELECT DISTINCT i.km FROM "Interview" i JOIN "Season" s ON s.id = i."seasonId" JOIN "InterviewParticipant" p ON p."interviewId" = i.id
         WHERE s.slug = '2025' AND i.published AND p.role = 'volunteer' ORDER BY i.km`,
      );
      const list = page.getByRole("region", { name: locale === "ja" ? "物語の一覧" : "All stories" });
      const hrefs = await list.getByRole("listitem").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(rows.map((r) => path(locale, { season: "2025", km: r.km })));
      await expect(page.locator("svg a").filter({ visible: true })).toHaveCount(rows.length);
      await context.close();
    });
  });
}

test.describe("languages", () => {
  test("switching language on a Japanese interview lands on the same story in English", async ({ page }) => {
    const story = (await published("2025")).find((s) => s.titles.en)!;
    await page.goto(path("ja", story));
    await page.getByRole("navigation", { name: "表示言語" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`${path("en", story)}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.titles.en!);
    await expect(page.getByTestId("fallback-notice")).toHaveCount(0);
  });

  test("a story with only a Japanese version is shown in Japanese on the English page, with a notice", async ({ page }) => {
    const story = (await published()).find((s) => !s.titles.en)!;
    await page.goto(path("ja", story));
    await expect(page.getByTestId("fallback-notice")).toHaveCount(0);
    await page.getByRole("navigation", { name: "表示言語" }).getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`${path("en", story)}$`));
    await expect(page.getByTestId("fallback-notice")).toHaveText("This story is not available in English yet, so it is shown in Japanese.");
    const title = page.getByRole("heading", { level: 1 });
    await expect(title).toHaveText(story.titles.ja!);
    await expect(title).toHaveAttribute("lang", "ja");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Its card on the season page says so too.
    await page.goto(`/en/relay/${story.season}`);
    await expect(page.locator(`a[href="${path("en", story)}"]`).locator("xpath=ancestor::article")).toContainText("Japanese only");
  });

  test("the landing page shows a few stories and links to the relay", async ({ page }) => {
    await page.goto("/en");
    const highlights = page.getByRole("region", { name: "From the Interview Relay" });
    const links = await highlights.getByRole("listitem").getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    expect(links.length).toBeGreaterThan(0);
    // Any published story may be highlighted, including those other tests publish meanwhile.
    const { rows } = await pool.query<{ season: string; km: number }>(
      `SELECT s.slug AS season, i.km FROM "Interview" i JOIN "Season" s ON s.id = i."seasonId" WHERE i.published`,
    );
    const all = rows.map((s) => path("en", s));
    for (const link of links) expect(all).toContain(link);
    await highlights.getByRole("link", { name: "See all stories" }).click();
    await expect(page).toHaveURL(/\/en\/relay$/);
  });
});

test("the sitemap lists every published story in both languages with alternates", async ({ request, baseURL }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  for (const story of await published()) {
    for (const locale of ["ja", "en"]) expect(xml).toContain(`<loc>${baseURL}${path(locale, story)}</loc>`);
    expect(xml).toContain(`hreflang="en" href="${baseURL}${path("en", story)}"`);
  }
  for (const season of await seasons()) expect(xml).toContain(`<loc>${baseURL}/en/relay/${season}</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/ja/relay</loc>`);
});
