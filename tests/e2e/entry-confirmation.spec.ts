import type pg from "pg";
import { confirmationOf, e2ePool, mailsTo, SCHEDULES, setSchedule } from "./support/database";
import { englishStory, entryForm, expectReceipt, japaneseStory, MESSAGES, uniqueEmail, type EntryInput, type Locale } from "./support/entry-form";
import { expect, test } from "./support/staff";
import type { Page } from "@playwright/test";

// With entry window 1 open (the "entry" project in playwright.config.ts).
let pool: pg.Pool;
test.beforeAll(async () => {
  pool = e2ePool();
  await setSchedule(pool, SCHEDULES.firstWindowOpen());
});
test.afterAll(async () => {
  await pool.end();
});

async function send(page: Page, locale: Locale, input: EntryInput) {
  await page.goto(`/${locale}/entry`);
  const form = entryForm(page, locale);
  await form.fill(input);
  await form.agreeToAll();
  await form.submit.click();
  return expectReceipt(page, locale);
}

async function confirmedAt(reference: string) {
  const { rows } = await pool.query(`SELECT "confirmedAt" FROM "Entry" WHERE reference = $1`, [reference]);
  return rows[0].confirmedAt as Date | null;
}

test("ja: the mailed link opens a page with a button; only pressing it confirms, then the console shows the entry", async ({ page, staffPage }) => {
  const input = japaneseStory(uniqueEmail("confirm-ja"));
  const reference = await send(page, "ja", input);
  const [mail] = await mailsTo(pool, input.email);
  const { path } = confirmationOf(mail!);

  const { page: admin } = await staffPage("admin");
  await admin.goto(`/admin/entries?q=${reference}`);
  await expect(admin.getByText(reference)).toHaveCount(0);

  await page.goto(path);
  await expect(page.getByRole("heading", { name: MESSAGES.ja.EntryConfirm.title })).toBeVisible();
  expect(await confirmedAt(reference)).toBeNull();
  await page.getByRole("button", { name: MESSAGES.ja.EntryConfirm.confirm }).click();
  await expect(page.getByTestId("confirm-outcome")).toHaveText(`エントリーを確定しました（受付番号 ${reference}、第1回エントリー期間）。ありがとうございました。`);
  expect(await confirmedAt(reference)).not.toBeNull();

  await admin.reload();
  await expect(admin.getByText(reference)).toBeVisible();

  // The same link again: a clear answer, nothing changes.
  await page.goto(path);
  await page.getByRole("button", { name: MESSAGES.ja.EntryConfirm.confirm }).click();
  await expect(page.getByTestId("confirm-outcome")).toHaveText(`このエントリーはすでに確定しています（受付番号 ${reference}、第1回エントリー期間）。`);
});

test("en without JavaScript: a stranger's unconfirmed entry does not block the owner; a repeat gets the same page and an 'already entered' mail", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = uniqueEmail("owner-en");
  const stranger = await send(page, "en", { ...englishStory(email), name: "Someone Else", title: "Not my story" });
  const owner = await send(page, "en", englishStory(email));
  const [toStranger, toOwner] = await mailsTo(pool, email);

  await page.goto(confirmationOf(toOwner!).path);
  await page.getByRole("button", { name: MESSAGES.en.EntryConfirm.confirm }).click();
  await expect(page.getByTestId("confirm-outcome")).toHaveText(`Your entry is confirmed (reference ${owner}, entry window No. 1). Thank you!`);
  await page.goto(confirmationOf(toStranger!).path);
  await page.getByRole("button", { name: MESSAGES.en.EntryConfirm.confirm }).click();
  await expect(page.getByTestId("confirm-outcome")).toHaveText(MESSAGES.en.EntryConfirm.anotherConfirmed);
  expect(await confirmedAt(stranger)).toBeNull();

  // Sending again with the confirmed address: the page a fresh address gets; the mailbox learns the rest.
  const again = await send(page, "en", englishStory(email));
  await expect(page.getByText(`We have sent a link and a short code to ${email}.`)).toBeVisible();
  expect(again).not.toBe(owner);
  const latest = (await mailsTo(pool, email)).at(-1)!;
  expect(latest.subject).toBe(MESSAGES.en.EntryAlreadyEmail.subject);
  expect(latest.text).toContain(owner);
  await context.close();
});

test("an expired link is refused with a way to get a new one; the code typed on the receipt confirms", async ({ page }) => {
  const expiring = japaneseStory(uniqueEmail("expired"));
  const expiredReference = await send(page, "ja", expiring);
  await pool.query(
    `UPDATE "EntryToken" SET "expiresAt" = now() - interval '1 minute' WHERE "entryId" = (SELECT id FROM "Entry" WHERE reference = $1)`,
    [expiredReference],
  );
  await page.goto(confirmationOf((await mailsTo(pool, expiring.email))[0]!).path);
  await page.getByRole("button", { name: MESSAGES.ja.EntryConfirm.confirm }).click();
  await expect(page.getByTestId("confirm-outcome")).toHaveText(MESSAGES.ja.EntryConfirm.expired);
  await page.getByLabel(MESSAGES.ja.EntryConfirm.email).fill(expiring.email);
  await page.getByRole("button", { name: MESSAGES.ja.EntryConfirm.sendNewLink }).click();
  await expect(page.getByText(MESSAGES.ja.EntryConfirm.newLinkSent)).toBeVisible();
  await expect.poll(async () => (await mailsTo(pool, expiring.email)).at(-1)!.subject).toContain("新しいリンク");

  const input = japaneseStory(uniqueEmail("code"));
  const reference = await send(page, "ja", input);
  const { code } = confirmationOf((await mailsTo(pool, input.email))[0]!);
  await page.getByLabel(MESSAGES.ja.EntryConfirm.code).fill(code.toLowerCase());
  await page.getByRole("button", { name: MESSAGES.ja.EntryConfirm.confirmCode }).click();
  await expect(page.getByTestId("confirm-outcome")).toContainText(reference);
  expect(await confirmedAt(reference)).not.toBeNull();
});
