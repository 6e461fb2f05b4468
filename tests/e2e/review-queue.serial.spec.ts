/**
 * Assignments, a reviewer's queue and the progress page, on a window of their own: a third
 * window added for this file (serial, so no other test sees it) and removed at the end.
 */
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { e2ePool } from "./support/database";
import { expect, test } from "./support/staff";

test.describe.configure({ mode: "serial" });

const WINDOW = 3;
const ENTRIES = 6;

async function expectNoAxeViolations(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}

test("an admin assigns a window to three reviewers; one works through the queue by keyboard; the others see nothing of it", async ({ browser, db, staffPage }) => {
  test.setTimeout(120_000);
  const pool = e2ePool();
  const tag = randomBytes(3).toString("hex");
  await pool.query(
    `INSERT INTO "EntryWindow" (number, "opensAt", "closesAt", "updatedAt") VALUES ($1, '2027-03-30 01:00', '2027-04-05 14:59:59.999', now())`,
    [WINDOW],
  );
  try {
    for (let i = 0; i < ENTRIES; i++) {
      await createEntry(db, { windowNumber: WINDOW, language: "ja", title: `給水所の約束 ${tag}-${i}`, submittedAt: new Date(Date.now() - (ENTRIES - i) * 60_000) });
    }
    const names = ["審査A", "審査B", "審査C"].map((name) => `${name} ${tag}`);
    const a = await staffPage("reviewer", { displayName: names[0] });
    const b = await staffPage("reviewer", { displayName: names[1] });
    await createStaff(db, { displayName: names[2] });

    // The admin assigns window 3 to the three of them (other reviewers' boxes unticked).
    const admin = await staffPage("admin");
    await admin.page.goto(`/admin/progress?window=${WINDOW}`);
    await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText(`審査の進み具合：第${WINDOW}回エントリー`);
    const form = admin.page.getByRole("form", { name: "審査員への割り当て" });
    for (const box of await form.getByRole("checkbox").all()) await box.uncheck();
    for (const name of names) await form.getByRole("checkbox", { name }).check();
    await form.getByRole("button", { name: "割り当てる" }).click();
    await expect(form.getByText(`${ENTRIES}件のエントリーを割り当てました（割り当て${ENTRIES * 2}件）。`)).toBeVisible();
    const progressRow = (page: Page, name: string) => page.getByRole("table", { name: "審査員ごとの割り当てと採点" }).getByRole("row", { name: new RegExp(name) });
    for (const name of names) await expect(progressRow(admin.page, name)).toHaveText(new RegExp(`^${name}4040%$`));
    await expectNoAxeViolations(admin.page);

    // Reviewer A lands on their queue and scores it all with the keyboard alone.
    await a.page.goto("/admin");
    await expect(a.page.getByRole("navigation", { name: "コンソールのメニュー" }).getByRole("link").first()).toHaveText("担当キュー");
    await a.page.goto("/admin/queue");
    await expect(a.page.getByRole("status").first()).toHaveText("未採点 4件（担当4件のうち0件採点済み）");
    await expectNoAxeViolations(a.page);
    await a.page.getByRole("link", { name: "いちばん古いものから始める" }).focus();
    await a.page.keyboard.press("Enter");
    for (let position = 1; position <= 4; position++) {
      await expect(a.page.getByTestId("queue-position")).toHaveText(`4件中${position}件目`);
      if (position === 1) await expectNoAxeViolations(a.page);
      // Keys pressed before the page is interactive do nothing; pressing them again gives the same score.
      await expect(async () => {
        for (const key of ["3", "4", "5"]) await a.page.keyboard.press(key);
        await expect(a.page.getByRole("group", { name: /伝わる力/ }).getByLabel("5", { exact: true })).toBeChecked({ timeout: 500 });
      }).toPass();
      await a.page.keyboard.press("s");
    }
    await expect(a.page).toHaveURL(/\/admin\/queue$/);
    await expect(a.page.getByText("担当分はすべて採点しました。")).toBeVisible();

    // The progress page has moved.
    await admin.page.reload();
    await expect(progressRow(admin.page, names[0]!)).toHaveText(new RegExp(`^${names[0]}440100%$`));
    await expect(admin.page.getByRole("figure", { name: "日別の採点数" })).toBeVisible();

    // Reviewer B has entries A scored; neither their pages nor the data behind them tell anything of A's scores.
    const { rows } = await pool.query<{ entryId: string }>(
      `SELECT a."entryId" FROM "Assignment" a JOIN "Assignment" mine ON mine."entryId" = a."entryId" AND mine."reviewerId" = $2
       WHERE a."reviewerId" = $1 AND a."scoredAt" IS NOT NULL LIMIT 1`,
      [a.user.id, b.user.id],
    );
    const shared = rows[0]!.entryId;
    for (const path of [`/admin/queue/${shared}`, `/admin/entries/${shared}`]) {
      await b.page.goto(path);
      await expect(b.page.getByRole("heading", { level: 1 })).toContainText(tag);
      await expect(b.page.getByText("あなたが採点した後に表示されます")).toHaveCount(path.startsWith("/admin/entries") ? 1 : 0);
      for (const response of [await b.page.request.get(path), await b.page.request.get(path, { headers: { RSC: "1" } })]) {
        const body = await response.text();
        expect(response.ok()).toBe(true);
        // Every console message is in the payload, so what must be absent is data: A, and the score columns.
        for (const secret of [names[0]!, a.user.id, "scoreAverage", "scoreCount", "scoreSpread"]) {
          expect(body, `${path} must not reveal ${secret}`).not.toContain(secret);
        }
      }
    }

    // Save and next is one plain POST: it works without JavaScript.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    try {
      await plain.addCookies(await b.page.context().cookies());
      const page = await plain.newPage();
      await page.goto("/admin/queue");
      await page.getByRole("link", { name: "いちばん古いものから始める" }).click();
      await expect(page.getByTestId("queue-position")).toHaveText("4件中1件目");
      for (const group of [/つながり/, /独自性/, /伝わる力/]) await page.getByRole("group", { name: group }).getByLabel("2", { exact: true }).check();
      await page.getByRole("button", { name: "保存して次へ" }).click();
      await expect(page.getByTestId("queue-position")).toHaveText("4件中2件目");
    } finally {
      await plain.close();
    }

    // The dashboard's charts are accessible too.
    await admin.page.goto("/admin");
    await expect(admin.page.getByRole("img", { name: /42\.195km/ })).toBeVisible();
    await expectNoAxeViolations(admin.page);
  } finally {
    await pool.query(`DELETE FROM "Entry" WHERE "windowNumber" = $1`, [WINDOW]);
    await pool.query(`DELETE FROM "EntryWindow" WHERE number = $1`, [WINDOW]);
    await pool.end();
  }
});
