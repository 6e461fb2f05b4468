import { randomBytes } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { invalidatePublicPages } from "../../lib/cache/invalidation";
import { formatJstMinute } from "../../lib/campaign/jst";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { e2ePool } from "./support/database";
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
