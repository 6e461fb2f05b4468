import AxeBuilder from "@axe-core/playwright";
import type pg from "pg";
import type { Page } from "@playwright/test";
import { invalidatePublicPages } from "../../lib/cache/invalidation";
import { featureEntry } from "../../lib/featured/feature";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { e2ePool, mailsTo } from "./support/database";
import { MESSAGES, uniqueEmail, type Locale } from "./support/entry-form";
import { expect, test } from "./support/staff";

// The entrant's page (docs/decisions/0027-entrant-page.md). Links are read from the outbox, as the
// e2e server has no SMTP server.
let pool: pg.Pool;
test.beforeAll(() => {
  pool = e2ePool();
});
test.afterAll(async () => {
  await pool.end();
});

function myEntryPath(mail: { text: string }): string {
  const url = new URL(/https?:\/\/\S+\/my-entry\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0]);
  return url.pathname + url.search;
}

/** Asks for the link on the page itself, as an entrant without the mail would, and returns its path. */
async function mailedLink(page: Page, locale: Locale, email: string): Promise<string> {
  const t = MESSAGES[locale].EntrantPage;
  await page.goto(`/${locale}/my-entry`);
  await expect(page.getByTestId("entrant-no-session")).toHaveText(t.noSession);
  await page.getByLabel(t.email).fill(email);
  await page.getByRole("button", { name: t.sendNewLink }).click();
  await expect(page.getByText(t.newLinkSent)).toBeVisible();
  const mail = (await mailsTo(pool, email)).at(-1)!;
  expect(mail.subject).toBe(MESSAGES[locale].EntrantLinkEmail.subject);
  return myEntryPath(mail);
}

async function open(page: Page, locale: Locale, path: string) {
  await page.goto(path);
  await page.getByRole("button", { name: MESSAGES[locale].EntrantPage.open }).click();
}

async function act(page: Page, locale: Locale, kind: "withdrawPublication" | "requestErasure") {
  const t = MESSAGES[locale].EntrantPage.actions[kind];
  const section = page.getByRole("region", { name: t.title });
  await section.getByRole("checkbox", { name: t.confirm }).check();
  await section.getByRole("button", { name: t.submit }).click();
}

test("ja: the mailed link opens the entry; withdrawing permission to publish takes the featured story off /stories, its page and the landing page", async ({ page, db }) => {
  test.setTimeout(90_000); // a dozen page loads and an axe run, on a shared machine
  const t = MESSAGES.ja.EntrantPage;
  const email = uniqueEmail("featured-ja");
  const title = `取り下げる物語 ${Date.now().toString(36)}`;
  const admin = await createStaff(db, { role: "admin" });
  const entry = await createEntry(db, { status: "shortlisted", language: "ja", title, email, emailKey: email, confirmedEmailKey: email });
  await featureEntry(db, admin, entry.id, { titleJa: title, storyJa: entry.story, titleEn: null, storyEn: null, translationStatus: "none" });
  // Newest of all, so the landing page's three latest show it whatever other tests publish.
  await pool.query(`UPDATE "FeaturedStory" SET "publishedAt" = '2100-01-01' WHERE "entryId" = $1`, [entry.id]);
  await invalidatePublicPages(pool);
  // The invalidation reaches the server by NOTIFY, within a second of the commit (decision 22).
  for (const listing of ["/ja/stories", "/ja"]) {
    await expect(async () => {
      await page.goto(listing);
      await expect(page.getByText(title)).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
  }

  const path = await mailedLink(page, "ja", email);
  // Opening the link shows a button and changes nothing (mail scanners open links); never cached.
  expect((await page.goto(path))!.headers()["cache-control"]).toContain("no-store");
  await page.goto(path);
  await page.getByRole("button", { name: t.open }).click();
  await expect(page.getByTestId("entrant-state")).toHaveText(t.states.featured.replace("{reference}", entry.reference));
  await expect(page.getByTestId("entrant-title")).toHaveText(title);
  await expect(page.getByTestId("entrant-consents").locator("li")).toHaveCount(4);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  await act(page, "ja", "withdrawPublication");
  await expect(page.getByTestId("entrant-done")).toHaveText(t.done.withdrawPublication);
  await expect(page.getByTestId("entrant-state")).toHaveText(t.states.confirmed.replace("{reference}", entry.reference));
  await expect(page.locator('[data-kind="publication"]')).toContainText("に取り消し");
  expect((await mailsTo(pool, email)).at(-1)!.subject).toBe(`【Connected Stories】物語の掲載の許可を取り消しました（受付番号 ${entry.reference}）`);

  await page.goto("/ja/stories");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
  expect((await page.goto(`/ja/stories/${entry.id}`))!.status()).toBe(404);
  await page.goto("/ja");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(title)).toHaveCount(0);
});

test("en without JavaScript: a link opens only its own entry; a used or expired link is refused; an admin completes the erasure request and the mail arrives", async ({ browser, db, staffPage }) => {
  test.setTimeout(90_000); // two entrants and a staff member, a dozen page loads
  const t = MESSAGES.en.EntrantPage;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const [emailA, emailB] = [uniqueEmail("entrant-a"), uniqueEmail("entrant-b")];
  const a = await createEntry(db, { language: "en", email: emailA, emailKey: emailA, confirmedEmailKey: emailA });
  const b = await createEntry(db, { language: "en", email: emailB, emailKey: emailB, confirmedEmailKey: emailB });

  const pathA = await mailedLink(page, "en", emailA);
  await open(page, "en", pathA);
  await expect(page.getByTestId("entrant-reference")).toHaveText(a.reference);
  await expect(page.getByText(b.reference)).toHaveCount(0);
  // Every action is confirmed: without the box ticked, nothing happens.
  await page.getByRole("region", { name: t.actions.requestErasure.title }).getByRole("button", { name: t.actions.requestErasure.submit }).click();
  await expect(page.getByText(t.refusals.notConfirmed)).toBeVisible();
  await act(page, "en", "requestErasure");
  await expect(page.getByTestId("entrant-done")).toHaveText(t.done.requestErasure);
  const requests = await pool.query(`SELECT "entryId" FROM "ErasureRequest" WHERE "entryId" IN ($1, $2)`, [a.id, b.id]);
  expect(requests.rows).toEqual([{ entryId: a.id }]);
  await page.getByRole("button", { name: t.close }).click();
  await expect(page.getByTestId("entrant-no-session")).toBeVisible();

  // The same link again: refused with a clear message and a way to get a new one.
  await open(page, "en", pathA);
  await expect(page.getByTestId("entrant-refusal")).toHaveText(t.linkRefusals.used);
  await expect(page.getByRole("button", { name: t.sendNewLink })).toBeVisible();
  // An expired link of B's.
  const pathB = await mailedLink(page, "en", emailB);
  await pool.query(`UPDATE "EntryToken" SET "expiresAt" = now() - interval '1 minute' WHERE "entryId" = $1 AND purpose = 'entrant_link'`, [b.id]);
  await open(page, "en", pathB);
  await expect(page.getByTestId("entrant-refusal")).toHaveText(t.linkRefusals.expired);

  const { page: staff } = await staffPage("admin");
  await staff.goto("/admin/erasure-requests");
  const erasure = MESSAGES.ja.Admin.erasureRequests;
  await staff.getByLabel(erasure.confirmLabel.replace("{reference}", a.reference)).fill(a.reference);
  await staff.getByRole("form", { name: erasure.completeFor.replace("{reference}", a.reference) }).getByRole("button", { name: erasure.submit }).click();
  // The request leaves the queue for the completed list.
  await expect(staff.getByTestId("erasure-completed").getByRole("link", { name: a.reference })).toBeVisible();
  await expect(staff.getByRole("form", { name: erasure.completeFor.replace("{reference}", a.reference) })).toHaveCount(0);
  await expect.poll(async () => (await mailsTo(pool, emailA)).at(-1)!.subject).toBe(`[Connected Stories] Your data is erased (reference ${a.reference})`);
  expect((await pool.query(`SELECT "erasedAt" IS NOT NULL AS erased FROM "Entry" WHERE id IN ($1, $2) ORDER BY id = $1 DESC`, [a.id, b.id])).rows).toEqual([
    { erased: true },
    { erased: false },
  ]);
  await context.close();
});
