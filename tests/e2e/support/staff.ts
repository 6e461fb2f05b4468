import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import type { StaffRole } from "../../../lib/generated/prisma/enums";
import { createSignedInStaff, createStaff } from "../../factories/staff";
import { e2eDatabase } from "./database";

type Db = ReturnType<typeof e2eDatabase>;

/** The session cookie name the server under test uses (http://localhost: not Secure, no prefix). */
export const SESSION_COOKIE = "cs_staff";

export async function addSessionCookie(context: BrowserContext, baseURL: string, token: string) {
  await context.addCookies([{ name: SESSION_COOKIE, value: token, url: baseURL, httpOnly: true, sameSite: "Lax" }]);
}

/** Signs in through the form, as staff do. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/admin/sign-in");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "サインイン" }).click();
  await expect(page).toHaveURL(/\/admin(\/queue)?$/);
}

export const test = base.extend<
  {
    /** A page of a freshly created, already signed-in staff member of the given role. */
    staffPage: (role: StaffRole, options?: { displayName?: string }) => Promise<{ page: Page; user: Awaited<ReturnType<typeof createStaff>> }>;
  },
  { db: Db }
>({
  db: [
    async ({}, use) => {
      const db = e2eDatabase();
      await use(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
  staffPage: async ({ browser, db, baseURL }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role, options = {}) => {
      const { user, token } = await createSignedInStaff(db, { role, displayName: options.displayName });
      const context = await browser.newContext();
      contexts.push(context);
      await addSessionCookie(context, baseURL!, token);
      return { page: await context.newPage(), user };
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
