import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { promisify } from "node:util";
import type { APIRequestContext } from "@playwright/test";
import { invalidatePublicPages } from "../../lib/cache/invalidation";
import { formatJstMinute } from "../../lib/campaign/jst";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { e2ePool, mailsTo, SCHEDULES, setSchedule } from "./support/database";
import { MESSAGES, uniqueEmail } from "./support/entry-form";
import { SECOND_URL, setDatabaseReachable } from "./support/servers";
import { expect, signIn, test } from "./support/staff";

// Two production instances on one database (decision 22): the console runs on the first (the
// baseURL), a visitor reads the second. A change must reach the second within a second.
const BOUND_MS = 1_000;
const DAY = 24 * 60 * 60 * 1000;

/**
 * The page's text as a visitor reads it: React separates interpolated text with comments, and
 * Japanese titles carry phrase breaks (<wbr>, decision 33).
 */
async function pageText(request: APIRequestContext, url: string): Promise<{ status: number; text: string }> {
  const response = await request.get(url);
  return { status: response.status(), text: (await response.text()).replaceAll("<!-- -->", "").replaceAll("<wbr/>", "") };
}

/**
 * Asks `url` until `holds` says yes; fails unless a request started within the bound after the
 * change already saw it.
 */
async function expectWithinBound(request: APIRequestContext, url: string, changedAt: number, holds: (page: { status: number; text: string }) => boolean) {
  for (;;) {
    const startedAt = Date.now();
    if (holds(await pageText(request, url))) return expect(startedAt - changedAt).toBeLessThanOrEqual(BOUND_MS);
    if (startedAt - changedAt > BOUND_MS) throw new Error(`${url} still showed the old state ${startedAt - changedAt} ms after the change`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("a story unpublished or erased on one instance leaves the other within a second", async ({ page, db, request }) => {
  const tag = randomBytes(3).toString("hex");
  const [unpublished, erased] = [await createEntry(db, { title: `二台目の給水所 ${tag}` }), await createEntry(db, { title: `二台目の声援 ${tag}` })];
  for (const entry of [unpublished, erased]) {
    await db.featuredStory.create({ data: { entryId: entry.id, sourceLanguage: "ja", titleJa: entry.title, storyJa: entry.story, publishedAt: new Date() } });
  }
  // Published outside the console, as a script does: it invalidates the public pages everywhere.
  const pool = e2ePool();
  await invalidatePublicPages(pool).finally(() => pool.end());
  const stories = `${SECOND_URL}/ja/stories`;
  await expect.poll(async () => (await pageText(request, stories)).text).toContain(unpublished.title);
  expect((await pageText(request, stories)).text).toContain(erased.title);

  const admin = await createStaff(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  await page.goto(`/admin/entries/${unpublished.id}`);
  await page.getByRole("button", { name: "サイトから取り下げる" }).click();
  await expect(page.getByText("サイトから取り下げました。")).toBeVisible();
  let changedAt = Date.now();
  await expectWithinBound(request, stories, changedAt, ({ text }) => !text.includes(unpublished.title));
  expect((await pageText(request, stories)).text).toContain(erased.title);
  expect((await request.get(`${SECOND_URL}/ja/stories/${unpublished.id}`)).status()).toBe(404);

  await request.get(`${SECOND_URL}/ja/stories/${erased.id}`); // cached on the second instance
  await page.goto(`/admin/entries/${erased.id}`);
  await page.getByLabel(`確認のため受付番号 ${erased.reference} を入力してください`).fill(erased.reference);
  await page.getByRole("button", { name: "個人情報を消去する" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("（個人情報消去済みのエントリー）");
  changedAt = Date.now();
  await expectWithinBound(request, `${SECOND_URL}/ja/stories/${erased.id}`, changedAt, ({ status }) => status === 404);
  await expectWithinBound(request, stories, changedAt, ({ text }) => !text.includes(erased.title));
});

test("a window added, then removed, on one instance shows on the other within a second", async ({ page, db, request }) => {
  const second = await db.entryWindow.findUniqueOrThrow({ where: { number: 2 } });
  const third = (days: number) => formatJstMinute(new Date(second.closesAt.getTime() + days * DAY)).replace(" ", "T");
  const landing = `${SECOND_URL}/ja`;
  const heading = "第3回エントリー期間";
  expect((await pageText(request, landing)).text).not.toContain(heading);

  const admin = await createStaff(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  await page.goto("/admin/settings");
  const add = page.getByRole("form", { name: "期間を追加" });
  await add.getByLabel("開始", { exact: true }).fill(third(1));
  await add.getByLabel("終了（この分の終わりまで受付）", { exact: true }).fill(third(3));
  await add.getByRole("button", { name: "期間を追加する" }).click();
  await expect(page.getByText("期間を追加しました。公開サイトにすぐ反映されます。")).toBeVisible();
  await expectWithinBound(request, landing, Date.now(), ({ text }) => text.includes(heading));

  await page.getByRole("button", { name: "第3回を削除" }).click();
  await expect(page.getByText("期間を削除しました。公開サイトにすぐ反映されます。")).toBeVisible();
  await expectWithinBound(request, landing, Date.now(), ({ text }) => !text.includes(heading));
});

test("reminders, without JavaScript: sign up in both languages, confirm by the mailed link, open a window with the CLI: one mail each", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const pool = e2ePool();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await setSchedule(pool, SCHEDULES.seeded());
    await invalidatePublicPages(pool);
    const subscribers = [
      { locale: "ja", email: uniqueEmail("remind-ja"), origin: baseURL },
      { locale: "en", email: uniqueEmail("remind-en"), origin: SECOND_URL },
    ] as const;
    for (const { locale, email, origin } of subscribers) {
      const words = MESSAGES[locale].Reminders;
      await page.goto(`${origin}/${locale}`);
      await page.getByLabel(words.email).fill(email);
      await page.getByRole("button", { name: words.submit }).click();
      await expect(page.getByRole("status")).toHaveText(words.sent);
      // The answer was rendered for that POST only: the cached landing page still offers the form.
      await page.goto(`${origin}/${locale}`);
      await expect(page.getByLabel(words.email)).toHaveValue("");
      await expect(page.getByRole("status")).toHaveCount(0);
      const [mail, ...others] = await mailsTo(pool, email);
      expect(others).toEqual([]);
      const link = new URL(/https?:\/\/\S+\/reminders\/confirm\?token=[A-Za-z0-9_-]+/.exec(mail!.text)![0]);
      expect(link.pathname).toBe(`/${locale}/reminders/confirm`);
      await page.goto(link.pathname + link.search);
      await page.getByRole("button", { name: words.confirm }).click();
      await expect(page.getByRole("status")).toHaveText(words.confirmed);
    }

    // Both instances look for an opened window every second (REMINDER_CHECK_SECONDS in
    // playwright.config.ts) while the CLI opens one and mails the subscribers itself.
    const now = Date.now();
    await promisify(execFile)(
      "npm",
      ["run", "--silent", "campaign", "--", "set-window", "1", "--opens", formatJstMinute(new Date(now - 60_000)), "--closes", formatJstMinute(new Date(now + 7 * DAY))],
      { env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL } },
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const { locale, email } of subscribers) {
      const opened = (await mailsTo(pool, email)).slice(1);
      expect(opened.map((mail) => mail.subject)).toEqual([MESSAGES[locale].WindowOpenedEmail.subject.replace("{window}", "1")]);
    }
    // A mail client's one-click unsubscribe (List-Unsubscribe-Post) ends the subscription.
    const [{ listUnsubscribe }] = (await pool.query(`SELECT "listUnsubscribe" FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt" DESC LIMIT 1`, [subscribers[1].email])).rows;
    const oneClick = new URL(listUnsubscribe);
    expect((await page.request.post(`${SECOND_URL}${oneClick.pathname}${oneClick.search}`, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(204);
    expect((await pool.query(`SELECT 1 FROM "ReminderSubscription" WHERE "emailKey" = $1`, [subscribers[1].email.toLowerCase()])).rowCount).toBe(0);
  } finally {
    await setSchedule(pool, SCHEDULES.seeded());
    await invalidatePublicPages(pool);
    await pool.end();
    await context.close();
  }
});

test("with PostgreSQL unreachable, both instances keep serving the cached public pages", async ({ request, baseURL }) => {
  const urls = ["/ja", "/en/stories", "/ja/relay"].flatMap((path) => [`${baseURL}${path}`, `${SECOND_URL}${path}`]);
  const cached = new Map<string, string>();
  for (const url of urls) {
    await request.get(url);
    const { status, text } = await pageText(request, url);
    expect(status, url).toBe(200);
    cached.set(url, text);
  }
  await setDatabaseReachable(false);
  try {
    expect((await request.get(`${SECOND_URL}/api/health`)).status()).toBe(503);
    for (const url of urls) expect(await pageText(request, url), url).toEqual({ status: 200, text: cached.get(url) });
  } finally {
    await setDatabaseReachable(true);
  }
  for (const origin of [baseURL, SECOND_URL]) await expect.poll(async () => (await request.get(`${origin}/api/health`)).status()).toBe(200);
});
