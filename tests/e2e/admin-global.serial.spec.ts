/**
 * Changes to site-wide state (entry windows, announcement time, winners). These run in their own
 * project after every other browser test, one at a time, and put the settings back at the end.
 */
import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { formatJstMinute } from "../../lib/campaign/jst";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { expectHeroOnPhone } from "./support/look";
import { expect, signIn, test } from "./support/staff";

test.describe.configure({ mode: "serial" });

const DAY = 24 * 3_600_000;
const field = (offsetDays: number) => formatJstMinute(new Date(Date.now() + offsetDays * DAY)).replace(" ", "T");

type Settings = Record<"window1OpensAt" | "window1ClosesAt" | "window2OpensAt" | "window2ClosesAt" | "announcementAt", string>;
const LABELS: Record<keyof Settings, [group: string, label: string]> = {
  window1OpensAt: ["第1回エントリー期間", "開始"],
  window1ClosesAt: ["第1回エントリー期間", "終了（この分の終わりまで受付）"],
  window2OpensAt: ["第2回エントリー期間", "開始"],
  window2ClosesAt: ["第2回エントリー期間", "終了（この分の終わりまで受付）"],
  announcementAt: ["当選発表", "発表日時"],
};

async function saveSettings(page: Page, settings: Settings) {
  await page.goto("/admin/settings");
  for (const [name, [group, label]] of Object.entries(LABELS) as [keyof Settings, [string, string]][]) {
    await page.getByRole("group", { name: group }).getByLabel(label, { exact: true }).fill(settings[name]);
  }
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

test("an admin marks winners; the winners page shows nothing before the announcement and the winners after it; window edits change the public state", async ({ page, db }) => {
  test.setTimeout(120_000);
  const tag = randomBytes(3).toString("hex");
  const first = await createEntry(db, { status: "shortlisted", language: "ja", title: `沿道のハイタッチ ${tag}`, penName: `門前仲町の応援団長${tag}` });
  const second = await createEntry(db, { status: "shortlisted", language: "en", title: `Taiko at Ryogoku ${tag}`, penName: `Harbour Pacer ${tag}` });
  const admin = await createStaff(db, { role: "admin" });
  await signIn(page, admin.email, admin.password);
  original = await readSettings(page);

  // Window 2 open now, announcement in a month.
  await saveSettings(page, {
    window1OpensAt: field(-40),
    window1ClosesAt: field(-30),
    window2OpensAt: field(-1),
    window2ClosesAt: field(20),
    announcementAt: field(30),
  });
  await page.goto("/ja");
  await expect(page.getByRole("region", { name: "現在の受付状況" })).toContainText("第2回エントリー受付中");
  await expectHeroOnPhone(page, "ja", "物語を送る");
  await expectHeroOnPhone(page, "en", "Send your story");

  await page.goto("/admin/winners");
  for (const entry of [first, second]) {
    await page.getByRole("row", { name: new RegExp(entry.title) }).getByRole("button", { name: "当選にする" }).click();
    await expect(page.getByRole("region", { name: "当選者" }).getByRole("link", { name: new RegExp(entry.title) })).toBeVisible();
  }
  expect(await db.entry.count({ where: { id: { in: [first.id, second.id] }, status: "winner" } })).toBe(2);

  await page.goto("/ja/winners");
  await expect(page.getByTestId("winners-pending")).toContainText("にこのページで発表します");
  await expect(page.getByText(first.title)).toHaveCount(0);
  await page.goto("/en/winners");
  await expect(page.getByTestId("winners-pending")).toBeVisible();
  await expect(page.getByText(second.title)).toHaveCount(0);

  // Everything closed, announcement passed: the winners are public, and so is the campaign's state.
  await saveSettings(page, {
    window1OpensAt: field(-60),
    window1ClosesAt: field(-50),
    window2OpensAt: field(-40),
    window2ClosesAt: field(-30),
    announcementAt: field(-1),
  });
  await page.goto("/ja/winners");
  const list = page.getByTestId("winners-list");
  await expect(list.getByText(first.title)).toBeVisible();
  await expect(list.getByText(`${first.penName}さん`)).toBeVisible();
  await expect(list.getByText(second.title)).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.goto("/ja");
  await expect(page.getByRole("region", { name: "現在の受付状況" })).toHaveText(/当選者を発表しました/);
  await expectHeroOnPhone(page, "ja", "インタビューリレーを読む");

  // A refused change (window 2 before window 1 ends) leaves everything as it was.
  await page.goto("/admin/settings");
  await page.getByRole("group", { name: "第2回エントリー期間" }).getByLabel("開始", { exact: true }).fill(field(-55));
  await page.getByRole("button", { name: "設定を保存" }).click();
  await expect(page.getByText("第2回は第1回の終了後に始まるようにしてください。")).toBeVisible();
  await expect(page.getByRole("group", { name: "第2回エントリー期間" }).getByLabel("開始", { exact: true })).toHaveValue(field(-55));

  // Put the winners and the schedule back.
  for (const entry of [first, second]) {
    await page.goto(`/admin/entries/${entry.id}`);
    await page.getByRole("button", { name: "当選を取り消す" }).click();
    await expect(page.getByText("当選を取り消しました。")).toBeVisible();
  }
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
