import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import type pg from "pg";
import sharp from "sharp";
import { issueFormToken } from "../../lib/entries/form-token";
import { TOKEN_FIELD } from "../../lib/validation/entry-fields";
import { e2ePool, ensurePublishedInterview, entriesByEmail, SCHEDULES, setSchedule } from "./support/database";
import { englishStory, entryForm, expectReceipt, japaneseStory, MESSAGES, uniqueEmail } from "./support/entry-form";

// These tests run with entry window 1 open (see the projects in playwright.config.ts).
let pool: pg.Pool;
let interview: { id: number; km: number };
test.beforeAll(async () => {
  pool = e2ePool();
  await setSchedule(pool, SCHEDULES.firstWindowOpen());
  interview = await ensurePublishedInterview(pool);
});
test.afterAll(async () => {
  await pool.end();
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(" ")}`)).toEqual([]);
}

test.describe("sending a story", () => {
  test("in Japanese: the receipt shows, and the database holds exactly what was typed", async ({ page }) => {
    const input = { ...japaneseStory(uniqueEmail("misaki")), referencedInterviewId: "" };
    await page.goto("/ja/entry");
    const form = entryForm(page, "ja");
    await form.fill(input);
    await form.field("referencedInterviewId").selectOption({ label: "7km　7kmの応援団" });
    await expect(page.locator("#entry-story-count")).toContainText(`${[...new Intl.Segmenter("ja", { granularity: "grapheme" }).segment(input.story)].length}文字`);
    await form.agreeToAll();
    await expectNoAxeViolations(page);
    await form.submit.click();

    const reference = await expectReceipt(page, "ja");
    await expect(page.getByText(`${input.email} に、エントリーを確定するためのリンクと確認コードをお送りしました`)).toBeVisible();
    await expectNoAxeViolations(page);

    const [stored, ...others] = await entriesByEmail(pool, input.email);
    expect(others).toHaveLength(0);
    expect(stored).toMatchObject({
      reference,
      windowNumber: 1,
      name: input.name,
      email: input.email,
      penName: input.penName,
      country: input.country,
      role: "volunteer",
      connectedWith: input.connectedWith,
      title: input.title,
      story: input.story,
      myTokyoMarathonIs: input.myTokyoMarathonIs,
      km: 35,
      referencedInterviewId: interview.id,
      language: "ja",
    });
    const consents = await pool.query(`SELECT kind FROM "EntryConsent" WHERE "entryId" = $1 ORDER BY kind`, [stored!.id]);
    expect(consents.rows.map((row) => row.kind)).toEqual(["eligibility", "terms", "privacy", "publication"]);

    // Without SMTP_URL the confirmation mail waits in the outbox.
    const mail = await pool.query(`SELECT subject FROM "OutboxEmail" WHERE "entryId" = $1`, [stored!.id]);
    expect(mail.rows).toEqual([{ subject: `【Connected Stories】メールアドレスの確認をお願いします（受付番号 ${reference}）` }]);
  });

  test("in English with a photo: stored re-encoded, without its EXIF and GPS data", async ({ page }) => {
    const input = englishStory(uniqueEmail("sam"));
    const photo = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#2a6" } })
      .withExif({ IFD0: { Make: "PhoneCo", Model: "Pocket 9" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 41/1 0/1" } })
      .jpeg()
      .toBuffer();
    expect(photo.includes(Buffer.from("PhoneCo"))).toBe(true);

    await page.goto("/en/entry");
    const form = entryForm(page, "en");
    await form.fill(input);
    await form.field("photo").setInputFiles({ name: "gloves.jpg", mimeType: "image/jpeg", buffer: photo });
    await form.agreeToAll();
    await form.submit.click();

    const reference = await expectReceipt(page, "en");
    const summary = page.getByRole("region", { name: MESSAGES.en.EntryReceipt.title });
    await expect(summary.getByText("Attached")).toBeVisible();
    await expect(summary.getByText("The gloves at 30 km")).toBeVisible();

    const [stored] = await entriesByEmail(pool, input.email);
    expect(stored).toMatchObject({ reference, title: input.title, story: input.story, language: "en", role: "runner", km: 30 });
    const { rows } = await pool.query(`SELECT "mimeType", width, height, data FROM "EntryPhoto" WHERE "entryId" = $1`, [stored!.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ mimeType: "image/jpeg", width: 2000, height: 1333 });
    const data: Buffer = rows[0].data;
    expect((await sharp(data).metadata()).exif).toBeUndefined();
    expect(data.includes(Buffer.from("PhoneCo"))).toBe(false);
  });

  test("with JavaScript disabled: a refusal comes back filled in and localized, then the story goes through", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const input = japaneseStory(uniqueEmail("nojs"));
    await page.goto("/ja/entry");
    const form = entryForm(page, "ja");
    await form.fill({ ...input, email: "misaki(at)example.com" });
    await form.agreeToAll();
    await form.submit.click();

    await expect(form.error("email")).toHaveText("⚠ メールアドレスの形式を確認してください（例：name@example.com）。");
    await expect(form.field("story")).toHaveValue(input.story);
    await expect(form.field("title")).toHaveValue(input.title);
    await expect(form.consent("privacy")).toBeChecked();

    await form.field("email").fill(input.email);
    await form.submit.click();
    const reference = await expectReceipt(page, "ja");
    expect((await entriesByEmail(pool, input.email)).map((entry) => entry.reference)).toEqual([reference]);
    await context.close();
  });

  test("a double click stores one entry", async ({ page }) => {
    const input = englishStory(uniqueEmail("double"));
    await page.goto("/en/entry");
    const form = entryForm(page, "en");
    await form.fill(input);
    await form.agreeToAll();
    await form.submit.dblclick();
    await expectReceipt(page, "en");
    expect(await entriesByEmail(pool, input.email)).toHaveLength(1);
  });
});

test.describe("validation", () => {
  for (const locale of ["ja", "en"] as const) {
    test(`every kind of error appears next to its field in ${locale}, announced, with the input kept`, async ({ page }) => {
      const m = MESSAGES[locale].EntryForm;
      await page.goto(`/${locale}/entry`);
      const form = entryForm(page, locale);
      await form.submit.click();

      const summary = page.getByTestId("entry-error-summary");
      await expect(summary).toHaveAttribute("role", "alert");
      await expect(summary).toContainText(locale === "ja" ? "13か所の入力を確認してください。" : "13 fields need your attention.");
      await expect(form.field("name")).toBeFocused();
      await expect(form.field("name")).toHaveAttribute("aria-invalid", "true");
      await expect(form.field("name")).toHaveAccessibleDescription(new RegExp(`^${m.errors.name.required}`));
      await expect(form.error("role")).toContainText(m.errors.role.required);
      await expect(form.error("terms")).toContainText(m.errors.terms.mustAgree);
      await expectNoAxeViolations(page);

      await form.field("email").fill("runner@@example");
      await form.field("title").fill("走".repeat(61));
      await form.field("story").fill("Too short 👟");
      await form.field("myTokyoMarathonIs").fill("x".repeat(41));
      await form.field("km").fill("43");
      await form.field("photo").setInputFiles({ name: "notes.gif", mimeType: "image/gif", buffer: Buffer.from("GIF89a") });
      await form.submit.click();

      await expect(form.error("email")).toContainText(m.errors.email.invalid);
      await expect(form.error("title")).toContainText(m.errors.title.tooLong.replace("{max}", "60"));
      await expect(form.error("story")).toContainText(m.errors.story.tooShort.replace("{min}", "200"));
      await expect(form.error("myTokyoMarathonIs")).toContainText(m.errors.myTokyoMarathonIs.tooLong.replace("{max}", "40"));
      await expect(form.error("km")).toContainText(m.errors.km.invalid);
      await expect(form.error("photo")).toContainText(m.errors.photo.wrongType);
      await expect(page.locator("#entry-story-count")).toContainText(locale === "ja" ? "11文字（200〜4000文字）" : "11 characters (200–4000)");
      // Everything typed is still there.
      await expect(form.field("title")).toHaveValue("走".repeat(61));
      await expect(form.field("story")).toHaveValue("Too short 👟");
      await expect(form.field("km")).toHaveValue("43");

      // Fixing a field clears its error as the person types.
      await form.field("email").fill("runner@example.com");
      await expect(form.error("email")).toHaveCount(0);
    });
  }
});

test.describe("draft", () => {
  test("survives a reload and is offered back; it is gone once the story is sent", async ({ page }) => {
    const input = japaneseStory(uniqueEmail("draft"));
    await page.goto("/ja/entry");
    const form = entryForm(page, "ja");
    await form.fill(input);
    // The draft is saved a moment after each change: wait for the one that holds every field.
    const savedDraft = () => page.evaluate(() => JSON.parse(localStorage.getItem("connected-stories:entry-draft") ?? "{}").values);
    await expect.poll(savedDraft).toMatchObject({ email: input.email, story: input.story, role: input.role, km: input.km });

    await page.reload();
    await expect(form.field("story")).toHaveValue("");
    const offer = page.getByTestId("draft-offer");
    await expect(offer).toContainText("保存した下書きがあります");
    await offer.getByRole("button", { name: "下書きを復元する" }).click();
    await expect(offer).toHaveCount(0);
    await expect(form.field("story")).toHaveValue(input.story);
    await expect(form.field("role")).toHaveValue("volunteer");
    await expect(form.field("email")).toHaveValue(input.email);
    await expect(page.locator("#entry-title-count")).toContainText(`${input.title.length}／60文字`);

    await form.agreeToAll();
    await form.submit.click();
    await expectReceipt(page, "ja");
    expect(await page.evaluate(() => localStorage.getItem("connected-stories:entry-draft"))).toBeNull();
    await page.goto("/ja/entry");
    await expect(form.field("name")).toBeVisible();
    await expect(page.getByTestId("draft-offer")).toHaveCount(0);
  });
});

test.describe("pages around the form", () => {
  test("the landing page links to the entry form", async ({ page }) => {
    await page.goto("/ja");
    await page.locator('main a[href="/ja/entry"]').first().click();
    await expect(page).toHaveURL(/\/ja\/entry$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("あなたの物語を送る");
  });

  for (const [path, heading] of [
    ["/ja/privacy", "プライバシーポリシー"],
    ["/en/privacy", "Privacy policy"],
    ["/ja/terms", "応募規約"],
    ["/en/terms", "Terms of entry"],
  ] as const) {
    test(`${path} is a draft for legal review and shows no entrant's data`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      const locale = path.startsWith("/ja") ? "ja" : "en";
      await expect(page.getByRole("note")).toHaveText(MESSAGES[locale].Legal.draftNotice);
      await expect(page.locator("body")).not.toContainText("@example.com");
      await expectNoAxeViolations(page);
    });
  }
});

/**
 * Serves the entry form with a token rendered 25 hours ago (signed with the server's secret), in
 * the HTML and in the data the scripts hydrate from.
 */
async function serveExpiredForm(page: Page, path: string, waitUntil: "load" | "domcontentloaded" = "load") {
  const expired = issueFormToken(new Date(Date.now() - 25 * 60 * 60 * 1000), "e2e-form-secret");
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() !== "GET") return route.fallback();
    const response = await route.fetch();
    const html = await response.text();
    const issued = new RegExp(`name="${TOKEN_FIELD}" value="([^"]+)"`).exec(html)![1]!;
    await route.fulfill({ response, body: html.replaceAll(issued, expired) });
  });
  await page.goto(path, { waitUntil });
  await page.unroute(`**${path}`);
  await expect(page.locator(`input[name="${TOKEN_FIELD}"]`)).toHaveValue(expired);
}

test.describe("a refusal keeps everything", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`an expired form, with JavaScript ${javaScriptEnabled ? "on" : "off"}: every field kept, the role included, and sent again it is stored`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const input = { ...englishStory(uniqueEmail(`expired${javaScriptEnabled ? "js" : "nojs"}`)), role: "charity", referencedInterviewId: String(interview.id), language: "ja" as const };
      await serveExpiredForm(page, "/en/entry");
      const form = entryForm(page, "en");
      await form.fill(input);
      await form.agreeToAll();
      await form.submit.click();

      await expect(page.getByTestId("entry-refusal")).toContainText(MESSAGES.en.EntryForm.refusals.formExpired);
      for (const name of ["name", "email", "penName", "country", "connectedWith", "title", "story", "myTokyoMarathonIs", "km"] as const) {
        await expect(form.field(name), name).toHaveValue(input[name]);
      }
      await expect(form.field("role")).toHaveValue("charity");
      await expect(form.field("referencedInterviewId")).toHaveValue(String(interview.id));
      await expect(page.getByRole("radio", { name: MESSAGES.en.EntryForm.languages.ja })).toBeChecked();
      for (const consent of ["eligibility", "terms", "privacy", "publication"] as const) await expect(form.consent(consent)).toBeChecked();
      expect(await entriesByEmail(pool, input.email)).toEqual([]);

      await form.submit.click();
      const reference = await expectReceipt(page, "en");
      expect(await entriesByEmail(pool, input.email)).toMatchObject([{ reference, role: "charity", language: "ja" }]);
      await context.close();
    });
  }

  test("a pen name with a direction override is refused, saying why, with JavaScript on and off", async ({ browser }) => {
    const message = MESSAGES.ja.EntryForm.textErrors.directionControl.replace("{field}", MESSAGES.ja.EntryForm.fields.penName.label);
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      const input = { ...japaneseStory(uniqueEmail("override")), penName: "aki\u202Eelif.exe" };
      await page.goto("/ja/entry");
      const form = entryForm(page, "ja");
      await form.fill(input);
      await form.agreeToAll();
      await form.submit.click();
      await expect(form.error("penName")).toHaveText(`⚠ ${message}`);
      await expect(form.field("penName")).toHaveValue(input.penName);
      await expect(form.field("role")).toHaveValue(input.role);
      expect(await entriesByEmail(pool, input.email)).toEqual([]);
      await context.close();
    }
  });
});

test.describe("sent before the page's JavaScript has loaded", () => {
  /** Holds every script of the page until `release` is called, so the form posts as plain HTML. */
  async function holdScripts(page: Page) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/**/*.js", async (route) => {
      await released;
      await route.continue().catch(() => undefined);
    });
    return release;
  }

  test("the receipt the server rendered stays once the scripts arrive", async ({ page }) => {
    const release = await holdScripts(page);
    const input = japaneseStory(uniqueEmail("slow"));
    await page.goto("/ja/entry", { waitUntil: "domcontentloaded" });
    const form = entryForm(page, "ja");
    await form.fill(input);
    await form.agreeToAll();
    await form.submit.click();
    const reference = await expectReceipt(page, "ja");

    release();
    // The receipt focuses its heading once hydrated: proof the scripts ran with the receipt in place.
    const heading = page.getByRole("heading", { name: MESSAGES.ja.EntryReceipt.title });
    await expect(heading).toBeFocused();
    await expect(page.getByTestId("entry-reference")).toHaveText(reference);
    await expect(form.submit).toHaveCount(0);
    expect((await entriesByEmail(pool, input.email)).map((entry) => entry.reference)).toEqual([reference]);
  });

  test("a refusal the server rendered stays filled in once the scripts arrive", async ({ page }) => {
    const release = await holdScripts(page);
    const input = { ...japaneseStory(uniqueEmail("slowrefused")), role: "coach" };
    await serveExpiredForm(page, "/ja/entry", "domcontentloaded");
    const form = entryForm(page, "ja");
    await form.fill(input);
    await form.agreeToAll();
    await form.submit.click();
    const refusal = page.getByTestId("entry-refusal");
    await expect(refusal).toContainText(MESSAGES.ja.EntryForm.refusals.formExpired);

    release();
    // Once hydrated, the refusal takes focus (an effect): the state came through hydration intact.
    await expect(refusal).toBeFocused();
    await expect(form.field("story")).toHaveValue(input.story);
    await expect(form.field("role")).toHaveValue("coach");
  });
});
