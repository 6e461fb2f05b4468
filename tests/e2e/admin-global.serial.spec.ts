/**
 * Changes to site-wide state (entry windows, announcement time, winners, a window of its own for
 * the review queue). These run in their own project after every other browser test, one at a
 * time, and put the settings back at the end.
 */
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { formatJstMinute } from "../../lib/campaign/jst";
import { createEntry } from "../factories/entries";
import { createSignedInStaff, createStaff } from "../factories/staff";
import { e2ePool, type e2eDatabase } from "./support/database";
import { MESSAGES, type Locale } from "./support/entry-form";
import { expectHeroOnPhone } from "./support/look";
import { addSessionCookie, expect, signIn, test } from "./support/staff";

type Db = ReturnType<typeof e2eDatabase>;

test.describe.configure({ mode: "serial" });

const DAY = 24 * 3_600_000;
const field = (offsetDays: number) => formatJstMinute(new Date(Date.now() + offsetDays * DAY)).replace(" ", "T");
/** Both windows closed, the winners' answers due and the announcement passed: winners and draws are public. */
const allClosedAndAnnounced = () => ({
  window1OpensAt: field(-60),
  window1ClosesAt: field(-50),
  window2OpensAt: field(-40),
  window2ClosesAt: field(-30),
  announcementAt: field(-1),
  acceptanceDeadline: field(-2),
});

type Settings = Record<"window1OpensAt" | "window1ClosesAt" | "window2OpensAt" | "window2ClosesAt" | "announcementAt" | "acceptanceDeadline", string>;
const LABELS: Record<keyof Settings, [group: string, label: string]> = {
  window1OpensAt: ["第1回エントリー期間", "開始"],
  window1ClosesAt: ["第1回エントリー期間", "終了（この分の終わりまで受付）"],
  window2OpensAt: ["第2回エントリー期間", "開始"],
  window2ClosesAt: ["第2回エントリー期間", "終了（この分の終わりまで受付）"],
  announcementAt: ["当選発表", "発表日時"],
  acceptanceDeadline: ["当選発表", "当選の受諾期限"],
};

async function fillSettings(page: Page, settings: Settings) {
  for (const [name, [group, label]] of Object.entries(LABELS) as [keyof Settings, [string, string]][]) {
    await page.getByRole("group", { name: group }).getByLabel(label, { exact: true }).fill(settings[name]);
  }
}

async function saveSettings(page: Page, settings: Settings) {
  await page.goto("/admin/settings");
  await fillSettings(page, settings);
  await page.getByRole("button", { name: "設定を保存" }).click();
  await expect(page.getByText("設定を保存しました。公開サイトにすぐ反映されます。")).toBeVisible();
}

async function readSettings(page: Page): Promise<Settings> {
  await page.goto("/admin/settings");
  const values = {} as Settings;
  for (const [name, [group, label]] of Object.entries(LABELS) as [keyof Settings, [string, string]][]) {
    values[name] = await page.getByRole("group", { name: group }).getByLabel(label, { exact: true }).inputValue();
  }
  return values;
}

let original: Settings;

/** The path of the prize link in the newest mail to an entry, as the entrant would open it. */
async function prizeLinkOf(db: Db, entryId: string): Promise<{ path: string; locale: Locale }> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { entryId, text: { contains: "/prize?token=" } }, orderBy: { createdAt: "desc" } });
  const url = new URL(/https?:\/\/\S+\/prize\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0]);
  return { path: url.pathname + url.search, locale: url.pathname.split("/")[1] as Locale };
}

async function answerPrize(page: Page, db: Db, entryId: string, answer: "accept" | "decline") {
  const { path, locale } = await prizeLinkOf(db, entryId);
  const t = MESSAGES[locale].PrizeOffer;
  await page.goto(path);
  await expect(page.getByRole("heading", { name: t.title })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: t[answer] }).click();
  await expect(page.getByTestId("prize-outcome")).toHaveText(t.outcomes[answer === "accept" ? "accepted" : "declined"]);
}

test("marking a winner is confirmed (without JavaScript too); winners answer by the mailed link; a declined prize goes to the next reserve; the winners page names only those who accepted", async ({ page, db, browser, baseURL }) => {
  test.setTimeout(180_000);
  const tag = randomBytes(3).toString("hex");
  const jury = await createEntry(db, { status: "shortlisted", language: "ja", windowNumber: 2, title: `沿道のハイタッチ ${tag}`, penName: `門前仲町の応援団長${tag}` });
  await Promise.all(
    Array.from({ length: 3 }, (_, i) => createEntry(db, { status: "shortlisted", language: "en", windowNumber: 1, title: `Taiko at Ryogoku ${tag} ${i}`, penName: `Harbour Pacer ${tag} ${i}` })),
  );
  const admin = await createStaff(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  original = await readSettings(page);
  // Two prizes left: one for the jury, one for a draw with reserves.
  const { prizeCount } = await db.campaignSettings.findUniqueOrThrow({ where: { id: 1 } });
  await db.campaignSettings.update({ where: { id: 1 }, data: { prizeCount: (await db.entry.count({ where: { status: "winner" } })) + 2 } });

  // Window 2 open now, announcement in a month; a deadline after it is refused and kept in the form.
  const open = { window1OpensAt: field(-40), window1ClosesAt: field(-30), window2OpensAt: field(-1), window2ClosesAt: field(20), announcementAt: field(30) };
  await page.goto("/admin/settings");
  await fillSettings(page, { ...open, acceptanceDeadline: field(31) });
  await page.getByRole("button", { name: "設定を保存" }).click();
  await expect(page.getByText(/^当選の受諾期限は、当選発表（.+）より前にしてください。$/)).toBeVisible();
  await expect(page.getByRole("group", { name: "当選発表" }).getByLabel("当選の受諾期限", { exact: true })).toHaveValue(field(31));
  await saveSettings(page, { ...open, acceptanceDeadline: field(20) });
  await page.goto("/ja");
  await expect(page.getByRole("region", { name: "現在の受付状況" })).toContainText("第2回エントリー受付中");
  await expectHeroOnPhone(page, "ja", "物語を送る");
  await expectHeroOnPhone(page, "en", "Send your story");

  // The jury's winner, marked without JavaScript: the button leads to a confirmation, which marks and mails.
  const { token } = await createSignedInStaff(db, { role: "admin" });
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  await addSessionCookie(noScript, baseURL!, token);
  const plain = await noScript.newPage();
  await plain.goto("/admin/winners");
  await plain.getByRole("row", { name: new RegExp(jury.title) }).getByRole("link", { name: "当選にする" }).click();
  await expect(plain.getByRole("heading", { name: "当選にしますか？" })).toBeVisible();
  expect(await db.entry.findUniqueOrThrow({ where: { id: jury.id } })).toMatchObject({ status: "shortlisted" });
  await plain.getByRole("button", { name: "当選にしてメールを送る" }).click();
  await expect(plain).toHaveURL(/\/admin\/winners$/);
  await expect(plain.getByTestId("prize").filter({ hasText: jury.title })).toContainText("回答待ち");
  await noScript.close();

  // A draw for the other prize; only its winner is mailed.
  const publicSource = `ロト7 第${tag}回の本数字（受諾テスト）`;
  await page.goto("/admin/winners");
  const prepare = page.getByRole("form", { name: "抽選を準備して公開する" });
  await prepare.getByLabel("対象").selectOption("1");
  await prepare.getByLabel("混ぜる公開の値（出どころ）").fill(publicSource);
  await prepare.getByRole("button", { name: "抽選を準備して公開する" }).click();
  const record = page.getByTestId("draw").filter({ hasText: publicSource });
  await record.getByLabel("公開の値").fill(`${tag} 01 02 03`);
  await record.getByRole("button", { name: "この値で抽選する" }).click();
  await expect(record.getByText("当選（抽選順）")).toBeVisible();
  const draw = await db.prizeDraw.findFirstOrThrow({ where: { publicSource } });
  const byReference = (reference: string) => db.entry.findUniqueOrThrow({ where: { reference } });
  const winner = await byReference(draw.winners[0]!);
  const reserve = await byReference(draw.order.find((r) => !draw.skipped.includes(r) && !draw.winners.includes(r))!);
  expect(await db.outboxEmail.count({ where: { entryId: reserve.id } })).toBe(0);

  // The winner declines through the mailed link; the admin offers the prize to the next reserve, who accepts.
  await answerPrize(page, db, winner.id, "decline");
  await page.goto("/admin/winners");
  // The prize of this draw (an earlier test's prize may hold an entry with the same factory title).
  const thisDraw = page.getByTestId("prize").filter({ has: page.getByRole("cell", { name: `抽選 #${draw.id}`, exact: true }) });
  const declined = thisDraw.filter({ hasText: winner.title });
  await expect(declined).toContainText("辞退");
  await declined.getByRole("link", { name: "次の補欠に繰り上げる" }).click();
  await expect(page.getByRole("heading", { name: "次の補欠に繰り上げますか？" })).toBeVisible();
  await expect(page.getByText(`次の補欠は ${reserve.reference}`)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByRole("button", { name: `${reserve.reference} に繰り上げてメールを送る` }).click();
  await expect(page).toHaveURL(/\/admin\/winners$/);
  await expect(thisDraw.filter({ hasText: reserve.title })).toContainText(`${winner.reference}（辞退）`);
  await answerPrize(page, db, reserve.id, "accept");

  await page.goto("/ja/winners");
  await expect(page.getByTestId("winners-pending")).toContainText("にこのページで発表します");
  await expect(page.getByText(reserve.title)).toHaveCount(0);

  // Announcement passed: only the reserve who accepted is named; not the jury's winner, who has not answered.
  await saveSettings(page, allClosedAndAnnounced());
  for (const [locale, by] of [["ja", `${reserve.penName}さん`], ["en", `by ${reserve.penName}`]] as const) {
    await page.goto(`/${locale}/winners`);
    const list = page.getByTestId("winners-list");
    await expect(list.getByText(by)).toBeVisible();
    await expect(page.getByText(jury.penName)).toHaveCount(0);
    await expect(list.getByText(winner.penName)).toHaveCount(0);
  }
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto("/ja");
  await expect(page.getByRole("region", { name: "現在の受付状況" })).toHaveText(/当選者を発表しました/);
  await expectHeroOnPhone(page, "ja", "インタビューリレーを読む");

  // A refused change (window 2 before window 1 ends) leaves everything as it was.
  await page.goto("/admin/settings");
  const overlappingStart = field(-55); // once: the minute may turn between filling and checking
  await page.getByRole("group", { name: "第2回エントリー期間" }).getByLabel("開始", { exact: true }).fill(overlappingStart);
  await page.getByRole("button", { name: "設定を保存" }).click();
  await expect(page.getByText("第2回は第1回の終了後に始まるようにしてください。")).toBeVisible();
  await expect(page.getByRole("group", { name: "第2回エントリー期間" }).getByLabel("開始", { exact: true })).toHaveValue(overlappingStart);

  // Put the winners, the prizes and the schedule back.
  for (const entry of [jury, reserve]) {
    await page.goto(`/admin/entries/${entry.id}`);
    await page.getByRole("button", { name: "当選を取り消す" }).click();
    await expect(page.getByText("当選を取り消しました。")).toBeVisible();
  }
  await db.campaignSettings.update({ where: { id: 1 }, data: { prizeCount } });
  await saveSettings(page, original);
  await page.goto("/ja/winners");
  await expect(page.getByTestId("winners-pending")).toBeVisible();
});

test("an admin adds a third window, which the public schedule shows, cannot remove a window in use, and removes the third", async ({ page, db }) => {
  await createEntry(db, { windowNumber: 2 });
  const admin = await createStaff(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  const settings = await readSettings(page);
  const lastCloses = new Date(`${settings.window2ClosesAt}:00+09:00`).getTime();
  const third = (offsetDays: number) => formatJstMinute(new Date(lastCloses + offsetDays * DAY)).replace(" ", "T");

  await page.goto("/admin/settings");
  const add = page.getByRole("form", { name: "期間を追加" });
  await add.getByLabel("開始", { exact: true }).fill(third(1));
  await add.getByLabel("終了（この分の終わりまで受付）", { exact: true }).fill(third(3));
  await add.getByRole("button", { name: "期間を追加する" }).click();
  await expect(page.getByText("期間を追加しました。公開サイトにすぐ反映されます。")).toBeVisible();
  await expect(page.getByRole("group", { name: "第3回エントリー期間" }).getByLabel("開始", { exact: true })).toHaveValue(third(1));

  await page.goto("/ja");
  await expect(page.getByRole("region", { name: "スケジュール" }).getByRole("heading", { name: "第3回エントリー期間" })).toBeVisible();

  await page.goto("/admin/settings");
  await page.getByRole("button", { name: "第2回を削除" }).click();
  await expect(page.getByText("第2回にはエントリーか抽選があるため、削除や番号の変更はできません。")).toBeVisible();
  await page.getByRole("button", { name: "第3回を削除" }).click();
  await expect(page.getByText("期間を削除しました。公開サイトにすぐ反映されます。")).toBeVisible();
  await expect(page.getByRole("group", { name: "第3回エントリー期間" })).toHaveCount(0);
  expect(await readSettings(page)).toEqual(settings);
});

/**
 * The published method (Winners.method on the winners page), implemented again from its text
 * alone, as someone checking the draw would: nothing here comes from lib/.
 */
function recomputeDrawOrder(references: string[], seed: string, publicValue: string): string[] {
  const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest();
  const list = [...references].sort();
  const key = sha256(`${seed}:${publicValue}`).toString("hex");
  const words: number[] = [];
  let n = 0;
  const nextWord = () => {
    if (words.length === 0) {
      const digest = sha256(`${key}:${n++}`);
      for (let offset = 0; offset < 32; offset += 4) words.push(digest.readUInt32BE(offset));
    }
    return words.shift()!;
  };
  const below = (b: number) => {
    for (;;) {
      const w = nextWord();
      if (w < 2 ** 32 - (2 ** 32 % b)) return w % b;
    }
  };
  for (let i = list.length - 1; i >= 1; i--) {
    const j = below(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

test("a draw is committed publicly before it is run, and its result, revealed at the announcement, can be recomputed from the page alone", async ({ page, db }) => {
  test.setTimeout(120_000);
  const tag = randomBytes(3).toString("hex");
  const entries = await Promise.all(
    Array.from({ length: 8 }, (_, i) => createEntry(db, { status: "shortlisted", windowNumber: 1, penName: `抽選の走者${i}${tag}` })),
  );
  const admin = await createStaff(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  const settings = await readSettings(page);
  const publicSource = `ロト7 第${tag}回の本数字（発表どおりの順）`;
  // Winners are offered their prize by a deadline before the announcement.
  const announcement = new Date(`${settings.announcementAt}:00+09:00`).getTime();
  await saveSettings(page, { ...settings, acceptanceDeadline: formatJstMinute(new Date(announcement - DAY)).replace(" ", "T") });

  await page.goto("/admin/winners");
  const prepare = page.getByRole("form", { name: "抽選を準備して公開する" });
  await prepare.getByLabel("対象").selectOption("1");
  await prepare.getByLabel("混ぜる公開の値（出どころ）").fill(publicSource);
  await prepare.getByRole("button", { name: "抽選を準備して公開する" }).click();
  await expect(page.getByText("抽選を準備し、当選者発表ページに公開しました。")).toBeVisible();

  // The commitment is public at once, in both languages.
  const sha256hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
  for (const locale of ["ja", "en"]) {
    await page.goto(`/${locale}/winners`);
    const record = page.getByTestId("public-draw").filter({ hasText: publicSource });
    const eligible = (await record.getByTestId("draw-eligible").textContent())!.split("\n");
    for (const entry of entries) expect(eligible).toContain(entry.reference);
    await expect(record.getByTestId("draw-list-hash")).toHaveText(sha256hex(eligible.join("\n")));
    await expect(record.getByTestId("draw-seed-hash")).toHaveText(/^[0-9a-f]{64}$/);
    await expect(record.getByTestId("draw-seed")).toHaveCount(0);
  }

  // A second open draw for the same window is refused, and what was typed stays.
  await page.goto("/admin/winners");
  await prepare.getByLabel("対象").selectOption("1");
  await prepare.getByLabel("混ぜる公開の値（出どころ）").fill(`${publicSource} 2`);
  await prepare.getByRole("button", { name: "抽選を準備して公開する" }).click();
  await expect(prepare.getByText("この対象にはまだ実施していない抽選があります。先に実施するか取り消してください。")).toBeVisible();
  await expect(prepare.getByLabel("混ぜる公開の値（出どころ）")).toHaveValue(`${publicSource} 2`);

  const publicValue = `${tag} 04 11 19 23 30 33 36`;
  const draw = page.getByTestId("draw").filter({ hasText: publicSource });
  await draw.getByLabel("公開の値").fill(publicValue);
  await draw.getByRole("button", { name: "この値で抽選する" }).click();
  await expect(draw.getByText("当選（抽選順）")).toBeVisible();

  // Before the announcement, nothing identifies a winner.
  const { seed } = await db.prizeDraw.findFirstOrThrow({ where: { publicSource } });
  for (const locale of ["ja", "en"]) {
    await page.goto(`/${locale}/winners`);
    await expect(page.getByTestId("public-draw").filter({ hasText: publicSource }).getByTestId("draw-status")).toBeVisible();
    const text = await page.locator("main").textContent();
    expect(text).not.toContain(seed);
    expect(text).not.toContain(tag + " 04");
    expect(text).not.toContain(`抽選の走者`);
  }

  await saveSettings(page, allClosedAndAnnounced());
  await page.goto("/en/winners");
  const record = page.getByTestId("public-draw").filter({ hasText: publicSource });
  const eligible = (await record.getByTestId("draw-eligible").textContent())!.split("\n");
  const revealedSeed = (await record.getByTestId("draw-seed").textContent())!;
  const revealedValue = (await record.getByTestId("draw-public-value").textContent())!;
  const published = await record.getByTestId("draw-order-reference").allTextContents();
  expect(sha256hex(revealedSeed)).toBe(await record.getByTestId("draw-seed-hash").textContent());
  expect(revealedValue).toBe(publicValue);
  expect(recomputeDrawOrder(eligible, revealedSeed, revealedValue)).toEqual(published);
  expect(recomputeDrawOrder(eligible, revealedSeed, `${revealedValue}1`)).not.toEqual(published);
  const winners = await db.entry.findMany({ where: { status: "winner", reference: { in: eligible } }, select: { id: true, reference: true, penName: true } });
  expect(winners.map((w) => w.reference).sort()).toEqual(published.slice(0, winners.length).sort());
  // Nobody has accepted yet: the order names no one.
  await expect(record.getByRole("row").filter({ hasText: published[0]! })).not.toContainText(winners.find((w) => w.reference === published[0])!.penName);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Put the winners and the schedule back (saving the settings refreshes the public pages).
  await db.entry.updateMany({ where: { id: { in: winners.map((w) => w.id) } }, data: { status: "shortlisted" } });
  await db.prizeOffer.updateMany({ where: { entryId: { in: winners.map((w) => w.id) } }, data: { withdrawnAt: new Date() } });
  await saveSettings(page, settings);
});

test("a schedule change from the command line shows on the public pages within a second", async ({ page, db }) => {
  const campaign = (...args: string[]) =>
    promisify(execFile)("npm", ["run", "--silent", "campaign", "--", ...args], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    });
  // The invalidation reaches each instance through PostgreSQL (decision 22) within a second.
  const expectAnnouncement = (at: Date) =>
    expect(async () => {
      await page.goto("/ja/winners");
      await expect(page.getByTestId("winners-pending").locator("time")).toHaveAttribute("datetime", at.toISOString(), { timeout: 200 });
    }).toPass({ timeout: 1_500, intervals: [100] });
  const { announcementAt: original } = await db.campaignSettings.findUniqueOrThrow({ where: { id: 1 } });
  const moved = new Date(original.getTime() + DAY);
  await page.goto("/ja/winners"); // the cached copy
  const { stdout } = await campaign("set-announcement", formatJstMinute(moved));
  expect(stdout).toContain("Public pages re-render on every instance at their next request.");
  await expectAnnouncement(moved);
  await campaign("set-announcement", formatJstMinute(original));
  await expectAnnouncement(original);
});

// Assignments, a reviewer's queue and the progress page, on a window of their own: a third window
// written for this test (here, so no other test sees it at the same time) and removed at the end.
const QUEUE_WINDOW = 3;
const ENTRIES = 6;

test("an admin assigns a window to three reviewers; one works through the queue by keyboard; the others see nothing of it", async ({ browser, db, staffPage }) => {
  test.setTimeout(120_000);
  const pool = e2ePool();
  const tag = randomBytes(3).toString("hex");
  await pool.query(
    `INSERT INTO "EntryWindow" (number, "opensAt", "closesAt", "updatedAt") VALUES ($1, '2027-03-30 01:00', '2027-04-05 14:59:59.999', now())`,
    [QUEUE_WINDOW],
  );
  try {
    for (let i = 0; i < ENTRIES; i++) {
      await createEntry(db, { windowNumber: QUEUE_WINDOW, language: "ja", title: `給水所の約束 ${tag}-${i}`, submittedAt: new Date(Date.now() - (ENTRIES - i) * 60_000) });
    }
    const names = ["審査A", "審査B", "審査C"].map((name) => `${name} ${tag}`);
    const a = await staffPage("reviewer", { displayName: names[0] });
    const b = await staffPage("reviewer", { displayName: names[1] });
    await createStaff(db, { displayName: names[2] });

    // The admin assigns window 3 to the three of them (other reviewers' boxes unticked).
    const admin = await staffPage("admin");
    await admin.page.goto(`/admin/progress?window=${QUEUE_WINDOW}`);
    await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText(`審査の進み具合：第${QUEUE_WINDOW}回エントリー`);
    const form = admin.page.getByRole("form", { name: "審査員への割り当て" });
    for (const box of await form.getByRole("checkbox").all()) await box.uncheck();
    for (const name of names) await form.getByRole("checkbox", { name }).check();
    await form.getByRole("button", { name: "割り当てる" }).click();
    await expect(form.getByText(`${ENTRIES}件のエントリーを割り当てました（割り当て${ENTRIES * 2}件）。`)).toBeVisible();
    const progressRow = (page: Page, name: string) => page.getByRole("table", { name: "審査員ごとの割り当てと採点" }).getByRole("row", { name: new RegExp(name) });
    for (const name of names) await expect(progressRow(admin.page, name)).toHaveText(new RegExp(`^${name}4040%$`));
    await expectNoAxeViolationsOn(admin.page);

    // Reviewer A lands on their queue and scores it all with the keyboard alone.
    await a.page.goto("/admin");
    await expect(a.page.getByRole("navigation", { name: "コンソールのメニュー" }).getByRole("link").first()).toHaveText("担当キュー");
    await a.page.goto("/admin/queue");
    await expect(a.page.getByRole("status").first()).toHaveText("未採点 4件（担当4件のうち0件採点済み）");
    await expectNoAxeViolationsOn(a.page);
    await a.page.getByRole("link", { name: "いちばん古いものから始める" }).focus();
    await a.page.keyboard.press("Enter");
    for (let position = 1; position <= 4; position++) {
      await expect(a.page.getByTestId("queue-position")).toHaveText(`4件中${position}件目`);
      if (position === 1) await expectNoAxeViolationsOn(a.page);
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
    await expectNoAxeViolationsOn(admin.page);
  } finally {
    await pool.query(`DELETE FROM "Entry" WHERE "windowNumber" = $1`, [QUEUE_WINDOW]);
    await pool.query(`DELETE FROM "EntryWindow" WHERE number = $1`, [QUEUE_WINDOW]);
    await pool.end();
  }
});

async function expectNoAxeViolationsOn(page: Page) {
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
}
