import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { featureEntry } from "../../lib/featured/feature";
import { expect, test } from "./support/staff";

// A pen name and title stored before direction controls were refused (or slipped in some other way).
const RLO = "\u202E";
const spoofedPenName = `aki${RLO}elif.exe`;

test("an entrant's text with a direction override renders isolated on its public page and in the console", async ({ db, staffPage }) => {
  const tag = Date.now().toString(36);
  const title = `右から左${RLO}へ ${tag}`;
  const story = `最初の段落${RLO}です。`.repeat(20);
  const admin = await createStaff(db, { role: "admin" });
  const entry = await createEntry(db, { status: "shortlisted", language: "ja", penName: spoofedPenName, title, story });
  await featureEntry(db, admin, entry.id, { titleJa: title, storyJa: story, titleEn: null, storyEn: null, translationStatus: "none" });

  const { page } = await staffPage("admin");
  await page.goto(`/ja/stories/${entry.id}`);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(title);
  await expect(heading).toHaveAttribute("dir", "auto");
  await expect(page.locator("article bdi", { hasText: spoofedPenName })).toHaveCount(1);
  await expect(page.locator("article p[dir=auto]", { hasText: "最初の段落" })).toHaveCount(1);
  // The text after the pen name is not reordered by its override.
  await expect(page.locator("article p", { has: page.locator("bdi") }).first()).toContainText(`${spoofedPenName}さん`);

  await page.goto(`/admin/entries/${entry.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("dir", "auto");
  await expect(page.locator("dd bdi", { hasText: spoofedPenName })).toHaveCount(1);
  await page.goto(`/admin/entries?q=${encodeURIComponent(tag)}`);
  await expect(page.locator('td[dir="auto"]', { hasText: spoofedPenName })).toHaveCount(1);
  await expect(page.getByRole("link", { name: title })).toHaveAttribute("dir", "auto");
});
