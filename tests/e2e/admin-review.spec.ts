import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { expectShareImages } from "./support/look";
import { expect, signIn, test } from "./support/staff";

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

async function score(page: Page, points: { connection: number; originality: number; storytelling: number }) {
  const form = page.getByRole("form", { name: "あなたの採点" });
  await form.getByRole("group", { name: /つながり/ }).getByLabel(String(points.connection), { exact: true }).check();
  await form.getByRole("group", { name: /独自性/ }).getByLabel(String(points.originality), { exact: true }).check();
  await form.getByRole("group", { name: /伝わる力/ }).getByLabel(String(points.storytelling), { exact: true }).check();
  await form.getByRole("button", { name: "採点を保存" }).click();
  await expect(form.getByText("採点を保存しました。")).toBeVisible();
}

test("two reviewers score blind; an admin shortlists, features in both languages, unpublishes, and exports", async ({ page, db, staffPage }) => {
  test.setTimeout(120_000); // one long story, told through three browsers
  const tag = randomBytes(3).toString("hex");
  const title = `佃島の鯛焼き屋台 ${tag}`;
  const entry = await createEntry(db, {
    language: "ja",
    title,
    penName: `佃島の給水係${tag}`,
    story: "30km地点の手前、佃島の鯛焼き屋台の前で足が止まりかけたとき、見知らぬ方が「あと少し！」と声をかけてくれました。\n\nゴールした後も、その声がずっと耳に残っています。",
    km: 30,
    photo: true,
  });
  const tricky = await createEntry(db, { language: "ja", title: `=1+1 鯛焼きの式 ${tag}`, penName: "@いたずら", story: "式のように見えるタイトルです。" });

  // Reviewer A scores first and sees only their own score until someone else scores.
  const a = await staffPage("reviewer", { displayName: `審査A ${tag}` });
  await a.page.goto(`/admin/entries/${entry.id}`);
  await expect(a.page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(a.page.getByText("応募者の情報")).toBeVisible();
  await expect(a.page.getByText(entry.email!)).toHaveCount(0); // reviewers do not see contact data
  await expect(a.page.getByTestId("score-summary")).toHaveText("まだ誰も採点していません。");
  await expectNoAxeViolations(a.page);
  await score(a.page, { connection: 5, originality: 4, storytelling: 4 });

  // Reviewer B cannot see A's score before giving their own…
  const b = await staffPage("reviewer", { displayName: `審査B ${tag}` });
  await b.page.goto(`/admin/entries/${entry.id}`);
  await expect(b.page.getByTestId("score-summary")).toContainText("1人が採点済みです");
  await expect(b.page.getByText(`審査A ${tag}`)).toHaveCount(0);
  await b.page.goto(`/admin/entries?q=${encodeURIComponent(tag)}`);
  await expect(b.page.getByRole("row", { name: new RegExp(title) })).toContainText("非表示");
  // …and sees both once they have.
  await b.page.goto(`/admin/entries/${entry.id}`);
  await score(b.page, { connection: 3, originality: 3, storytelling: 3 });
  await expect(b.page.getByTestId("score-summary")).toHaveText("平均 3.67・ばらつき 1.33（2人）");
  await expect(b.page.getByRole("row", { name: new RegExp(`審査A ${tag}`) })).toContainText("4.33");

  // An admin signs in, sees the scores, and shortlists the entry (scoring moved it to "in review").
  const admin = await createStaff(db, { role: "admin", displayName: `管理 ${tag}` });
  await signIn(page, admin.email, admin.password);
  await page.goto(`/admin/entries?q=${encodeURIComponent(tag)}`);
  await expectNoAxeViolations(page);
  await expect(page.getByText("2件", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByTestId("score-summary")).toHaveText("平均 3.67・ばらつき 1.33（2人）");
  await expect(page.getByText(entry.email!)).toBeVisible();
  await page.getByRole("button", { name: "「候補」にする" }).click();
  await expect(page.getByText("ステータスを変更しました。")).toBeVisible();
  await expectNoAxeViolations(page);

  // Featuring, with a finished English translation.
  await page.getByRole("link", { name: "紹介ストーリーとして掲載する" }).click();
  await expect(page.getByLabel("タイトル").first()).toHaveValue(title);
  const english = page.getByRole("group", { name: "スタッフによる英語訳（任意）" });
  await english.getByLabel("タイトル").fill(`The taiyaki stall at Tsukudajima ${tag}`);
  await english.getByLabel("本文").fill("Just before 30 km, by a taiyaki stall in Tsukudajima, a stranger called out: “Almost there!”");
  await page.getByLabel("翻訳の状態").selectOption("done");
  await page.getByRole("button", { name: "保存してサイトに掲載" }).click();
  await expect(page.getByText("サイトに掲載しました。")).toBeVisible();

  // It is on the public site at once, in both languages, and on the landing page.
  const visitor = await page.context().browser()!.newContext();
  const reader = await visitor.newPage();
  await reader.goto("/ja/stories");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();
  await expectNoAxeViolations(reader);
  await reader.goto("/en/stories");
  await reader.getByRole("link", { name: `The taiyaki stall at Tsukudajima ${tag}` }).click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`The taiyaki stall at Tsukudajima ${tag}`);
  await expect(reader.getByText("translated by our staff")).toBeVisible();
  await expect(reader.getByText("at 30 km")).toBeVisible();
  await expect(reader.getByRole("img", { name: `Photo sent by 佃島の給水係${tag}` })).toBeVisible();
  await expectNoAxeViolations(reader);
  await reader.goto("/ja");
  await expect(reader.getByRole("region", { name: "届いた物語から" }).getByRole("link", { name: title })).toBeVisible();
  await expectShareImages(reader.request, `/stories/${entry.id}`);

  // Unpublishing removes it at once.
  await page.goto(`/admin/entries/${entry.id}`);
  await page.getByRole("button", { name: "サイトから取り下げる" }).click();
  await expect(page.getByText("サイトから取り下げました。")).toBeVisible();
  await reader.goto("/ja/stories");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  expect((await reader.goto(`/en/stories/${entry.id}`))?.status()).toBe(404);
  expect((await reader.request.get(`/api/stories/${entry.id}/photo`)).status()).toBe(404);
  for (const locale of ["ja", "en"]) expect((await reader.request.get(`/${locale}/stories/${entry.id}/opengraph-image`)).status()).toBe(404);
  await visitor.close();

  // The export of the current filter opens in Excel with its Japanese intact and no formulas.
  await page.goto(`/admin/entries?q=${encodeURIComponent(tag)}`);
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: /この条件でCSVを書き出す/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^entries-\d{12}\.csv$/);
  const bytes = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(bytes).toString("utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.reference).sort()).toEqual([entry.reference, tricky.reference].sort());
  const featured = rows.find((r) => r.reference === entry.reference)!;
  expect(featured).toMatchObject({ title, status: "shortlisted", penName: `佃島の給水係${tag}`, scoreCount: "2", scoreAverage: "3.67" });
  expect(featured.story).toContain("「あと少し！」");
  expect(rows.find((r) => r.reference === tricky.reference)).toMatchObject({ title: `'=1+1 鯛焼きの式 ${tag}`, penName: "'@いたずら" });
});
