import { randomBytes } from "node:crypto";
import { expect, test } from "./support/staff";

test("an admin writes an interview in both languages, is told what is wrong, saves and publishes it", async ({ staffPage, db }) => {
  const tag = randomBytes(3).toString("hex");
  const season = await db.season.create({
    data: {
      slug: `test-${tag}`,
      position: 900,
      format: "dialogue",
      translations: { create: [{ locale: "ja", title: `テスト用シーズン ${tag}`, description: "" }, { locale: "en", title: `Test season ${tag}`, description: "" }] },
    },
  });
  const { page } = await staffPage("admin");
  await page.goto("/admin/interviews/new");
  await page.getByLabel("シーズン").selectOption({ label: `テスト用シーズン ${tag}` });
  await page.getByLabel("km地点（1〜42）").fill("18");
  await page.getByLabel("形式").selectOption("dialogue");
  await page.getByLabel("登場する人（JSON）").fill(
    JSON.stringify([
      { key: "coach", role: "coach", nameJa: "森 光", nameEn: "Hikaru Mori" },
      { key: "runner", role: "runner", nameJa: "青木 葵", nameEn: "Aoi Aoki" },
    ]),
  );
  const ja = page.getByRole("group", { name: "日本語版" });
  await ja.getByLabel("タイトル").fill(`わたしの東京マラソンは…？「背中を押す声」${tag}`);
  await ja.getByLabel("リード文").fill("コーチとランナーが、はじめての完走を振り返りました。");
  await ja.getByLabel("本文ブロック（JSON）").fill(JSON.stringify([{ type: "answer", speaker: "guest", text: "覚えていますか。" }]));
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("回答ブロックのspeakerが、登場する人のkeyにありません。")).toBeVisible();
  // What was typed is still there after the refusal.
  await expect(page.getByLabel("km地点（1〜42）")).toHaveValue("18");

  await ja.getByLabel("本文ブロック（JSON）").fill(
    JSON.stringify([
      { type: "heading", text: "35kmの坂で" },
      { type: "answer", speaker: "coach", text: "あの坂で、名前を呼んだのを覚えていますか。" },
      { type: "answer", speaker: "runner", text: "はい。あの声で、もう一度腕を振れました。" },
    ]),
  );
  const en = page.getByRole("group", { name: "英語版（タイトルが空なら英語版なし）" });
  await en.getByLabel("タイトル").fill(`My Tokyo Marathon is…? "The voice at my back" ${tag}`);
  await en.getByLabel("本文ブロック（JSON）").fill(JSON.stringify([{ type: "answer", speaker: "runner", text: "That voice got my arms moving again." }]));
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/admin\/interviews\/\d+$/);
  await expect(page.getByText("非公開", { exact: true })).toBeVisible();

  await page.getByRole("button", { name: "公開する" }).click();
  await expect(page.getByText("インタビューを公開しました。")).toBeVisible();
  const interview = await db.interview.findFirstOrThrow({ where: { seasonId: season.id }, include: { translations: true, participants: true } });
  expect(interview).toMatchObject({ km: 18, format: "dialogue", published: true });
  expect(interview.translations.map((t) => t.locale).sort()).toEqual(["en", "ja"]);
  expect(interview.participants.map((p) => p.key)).toEqual(["coach", "runner"]);
  const log = await db.auditLog.findMany({ where: { entityType: "interview", entityId: String(interview.id) }, orderBy: { id: "asc" } });
  expect(log.map((l) => l.action)).toEqual(["interview.create", "interview.publish"]);
});
