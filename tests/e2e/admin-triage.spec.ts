import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { createEntries, createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { saveScore } from "../../lib/review/scores";
import { expect, test } from "./support/staff";

test.use({ viewport: { width: 1440, height: 900 } });

test("the triage list shows 25+ rows above the fold, and an admin shortlists 20 entries in one action with one audit row each", async ({ staffPage, db }) => {
  test.setTimeout(90_000); // twenty rows ticked one by one
  const tag = randomBytes(3).toString("hex");
  const entries = await createEntries(db, 30, { title: `月島のもんじゃ ${tag}`, status: "in_review" });
  const { page } = await staffPage("admin");
  await page.goto(`/admin/entries?q=${tag}`);

  const rows = page.getByRole("table").locator("tbody tr");
  await expect(rows).toHaveCount(30);
  const aboveFold = await rows.evaluateAll((trs) => trs.filter((tr) => tr.getBoundingClientRect().bottom <= window.innerHeight).length);
  expect(aboveFold).toBeGreaterThanOrEqual(25);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const chosen = entries.slice(0, 20);
  for (const entry of chosen) await page.getByRole("checkbox", { name: `${entry.reference}を選択` }).check();
  await page.getByRole("button", { name: "「候補」にする" }).click();
  await expect(page.getByText("20件を「候補」にしました。")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(chosen[0]!.reference) })).toContainText("候補");

  const audit = await db.auditLog.findMany({ where: { action: "entry.status", entityId: { in: entries.map((e) => e.id) } } });
  expect(audit.map((a) => a.entityId).sort()).toEqual(chosen.map((e) => e.id).sort());
  expect(await db.entry.count({ where: { id: { in: entries.map((e) => e.id) }, status: "shortlisted" } })).toBe(20);

  // One entry the workflow does not let decline (featured) refuses the whole action, naming it.
  const featured = await createEntry(db, { title: `月島のもんじゃ ${tag} 掲載`, status: "featured" });
  await page.goto(`/admin/entries?q=${tag}`);
  await page.getByRole("checkbox", { name: `${featured.reference}を選択` }).check();
  await page.getByRole("checkbox", { name: `${entries[25]!.reference}を選択` }).check();
  await page.getByRole("button", { name: "「見送り」にする" }).click();
  await expect(page.getByText(`今のステータスからは変更できないエントリーが1件含まれているため、何も変更していません：${featured.reference}`)).toBeVisible();
  await expect(page.getByRole("checkbox", { name: `${featured.reference}を選択` })).toBeChecked(); // the choice is kept
  expect((await db.entry.findUniqueOrThrow({ where: { id: entries[25]!.id } })).status).toBe("in_review");
});

test("without JavaScript a reviewer tags a page of entries and filters by the tag; others' scores stay hidden, in the payload too", async ({ browser, db, staffPage }) => {
  const tag = randomBytes(3).toString("hex");
  const entries = await createEntries(db, 3, { title: `勝どき橋の風 ${tag}` });
  const others = await Promise.all([createStaff(db), createStaff(db)]);
  // Reviewer averages 5.00 and 2.33: average 3.67, spread 2.67, ranked 3.33 (prior 3 over 2 reviews).
  await saveScore(db, others[0]!, entries[0]!.id, { connection: 5, originality: 5, storytelling: 5 });
  await saveScore(db, others[1]!, entries[0]!.id, { connection: 2, originality: 2, storytelling: 3 });

  const { page: withJs } = await staffPage("reviewer");
  const cookies = await withJs.context().cookies();
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
  await context.addCookies(cookies);
  const page = await context.newPage();
  await page.goto(`/admin/entries?q=${tag}`);
  const scored = page.getByRole("row", { name: new RegExp(entries[0]!.reference) });
  await expect(scored).toContainText("非表示");
  await expect(scored).not.toContainText(/\d\.\d\d/);
  for (const body of [await (await page.request.get(`/admin/entries?q=${tag}`)).text(), await (await page.request.get(`/admin/entries?q=${tag}`, { headers: { RSC: "1" } })).text()]) {
    expect(body).toContain(entries[0]!.reference);
    expect(body).not.toMatch(/3\.67|2\.67|3\.33|2\.33/);
  }

  await page.getByLabel("このページの3件").check();
  await page.getByRole("textbox", { name: "タグ", exact: true }).fill("ＳＮＳ候補");
  await page.getByRole("button", { name: "タグを付ける" }).click();
  await expect(page.getByText("3件にタグ「SNS候補」を付けました。")).toBeVisible();
  await page.goto(`/admin/entries?tag=${encodeURIComponent("SNS候補")}&q=${tag}`);
  await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(3);
  await context.close();
});
