import { randomBytes } from "node:crypto";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { expect, signIn, test } from "./support/staff";

test("a console form keeps what was typed when the session ended or the network failed, and sends it once signed in again", async ({ page, context, db }) => {
  const tag = randomBytes(3).toString("hex");
  const entry = await createEntry(db);
  const reviewer = await createStaff(db);
  await signIn(page, reviewer.email, reviewer.password);
  await page.goto(`/admin/entries/${entry.id}`);
  const form = page.getByRole("form", { name: "コメントを追加" });
  const comment = `給水所の話、もう少し聞きたい ${tag}`;

  // The network is cut: the console says so in its own words and keeps the comment.
  await form.getByLabel("コメント（公開されません）").fill(comment);
  await context.setOffline(true);
  await form.getByRole("button", { name: "コメントを追加" }).click();
  await expect(form.getByText("通信できなかったため、保存していません。入力内容はこのままです。")).toBeVisible();
  await expect(form.getByLabel("コメント（公開されません）")).toHaveValue(comment);
  await context.setOffline(false);

  // The session has been idle for more than 30 minutes.
  await db.staffSession.updateMany({ where: { userId: reviewer.id }, data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) } });
  await form.getByRole("button", { name: "コメントを追加" }).click();
  await expect(form.getByText(/サインインの有効期限が切れたため、保存していません。/)).toBeVisible();
  await expect(form.getByLabel("コメント（公開されません）")).toHaveValue(comment);
  expect(await db.comment.count({ where: { entryId: entry.id } })).toBe(0);

  const [signInTab] = await Promise.all([context.waitForEvent("page"), form.getByRole("link", { name: "別のタブでサインイン" }).click()]);
  await signInTab.getByLabel("メールアドレス").fill(reviewer.email);
  await signInTab.getByLabel("パスワード").fill(reviewer.password);
  await signInTab.getByRole("button", { name: "サインイン" }).click();
  await expect(signInTab).toHaveURL(/\/admin\/queue$/); // a reviewer starts at their queue
  await signInTab.close();

  await form.getByRole("button", { name: "コメントを追加" }).click();
  await expect(form.getByText("コメントを追加しました。")).toBeVisible();
  expect((await db.comment.findMany({ where: { entryId: entry.id } })).map((c) => c.body)).toEqual([comment]);
});
