import AxeBuilder from "@axe-core/playwright";
import { createEntry } from "../factories/entries";
import { createOfferedPrize } from "../factories/prizes";
import { createSession } from "../../lib/auth/sessions";
import { ADMIN_PAGES, adminFiles, urlOf } from "../support/admin-surface";
import { SESSION_COOKIE, expect, signIn, test } from "./support/staff";
import { createStaff, createSignedInStaff } from "../factories/staff";

test.describe("access to the staff console", () => {
  test("the list of pages and routes covers every file in app/admin", () => {
    expect(Object.keys(ADMIN_PAGES).sort()).toEqual(adminFiles("pages"));
  });

  test("every page and route refuses a visitor, and every admin-only one refuses a reviewer", async ({ request, db }) => {
    const entry = await createEntry(db, { photo: true });
    const prize = await createOfferedPrize(db, entry.id);
    const interview = await db.interview.findFirst({ select: { id: true } });
    const interviewId =
      interview?.id ??
      (await db.interview.create({ data: { km: 41, format: "qa", season: { connect: { slug: "2025" } } } })).id;
    const reviewer = await createSignedInStaff(db, { role: "reviewer" });
    const admin = await createSignedInStaff(db, { role: "admin" });
    const as = (token?: string) => ({ maxRedirects: 0, headers: token ? { cookie: `${SESSION_COOKIE}=${token}` } : ({} as Record<string, string>) });

    for (const [file, access] of Object.entries(ADMIN_PAGES)) {
      const url = urlOf(file, { entryId: entry.id, interviewId, prizeId: prize.id });
      const isRoute = file.endsWith("route.ts");
      const visitor = await request.get(url, as());
      if (access === "public") {
        expect(visitor.status(), url).toBe(200);
        continue;
      }
      if (isRoute) {
        expect(visitor.status(), `${url} without a session`).toBe(401);
      } else {
        expect(visitor.status(), `${url} without a session`).toBe(307);
        expect(visitor.headers().location, url).toMatch(/\/admin\/sign-in$/);
      }
      const asReviewer = await request.get(url, as(reviewer.token));
      expect(asReviewer.status(), `${url} as a reviewer`).toBe(access === "admin" ? 403 : 200);
      const asAdmin = await request.get(url, as(admin.token));
      expect(asAdmin.status(), `${url} as an admin`).toBe(200);
    }
  });

  test("every console page passes axe, in both languages", async ({ staffPage, db }) => {
    test.setTimeout(240_000);
    const entry = await createEntry(db, { photo: true, status: "shortlisted" });
    const prize = await createOfferedPrize(db, entry.id, { expiresAt: new Date(Date.now() - 1) });
    const interview = await db.interview.findFirst({ select: { id: true } });
    const { page } = await staffPage("admin");
    for (const locale of ["ja", "en"]) {
      for (const [file, access] of Object.entries(ADMIN_PAGES)) {
        if (access === "public" || !file.endsWith("page.tsx")) continue;
        if (file.includes("interviews/[id]") && !interview) continue;
        const url = urlOf(file, { entryId: entry.id, interviewId: interview?.id ?? 0, prizeId: prize.id });
        await page.goto(url);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      }
      if (locale === "ja") {
        await page.goto("/admin");
        await page.getByRole("form", { name: "表示言語" }).getByRole("button", { name: "English" }).click();
        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
      }
    }
  });

  test("the development mailbox does not exist in a production build, DEV_MAILBOX=1 or not, for anyone", async ({ request, db }) => {
    // playwright.config.ts starts this server with DEV_MAILBOX=1 and no SMTP_URL.
    const admin = await createSignedInStaff(db, { role: "admin" });
    for (const locale of ["ja", "en"]) {
      for (const cookie of [undefined, `${SESSION_COOKIE}=${admin.token}`]) {
        const response = await request.get(`/${locale}/dev/mailbox`, { headers: cookie ? { cookie } : {} });
        expect(response.status(), `${locale} ${cookie ? "as an admin" : "as a visitor"}`).toBe(404);
      }
    }
  });

  test("a POST from another site with a staff cookie is refused with 403, before any action runs", async ({ request, db }) => {
    const admin = await createSignedInStaff(db, { role: "admin" });
    const cookie = `${SESSION_COOKIE}=${admin.token}`;
    const crossSite = await request.post("/admin/entries", {
      maxRedirects: 0,
      headers: { cookie, origin: "https://evil.example", "next-action": "0".repeat(42) },
      form: { status: "declined" },
    });
    expect(crossSite.status()).toBe(403);
    const sameSite = await request.get("/admin/entries", { maxRedirects: 0, headers: { cookie } });
    expect(sameSite.status()).toBe(200);
  });

  test("the console's scripts run under a per-request nonce, without 'unsafe-inline'", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/admin/sign-in");
    // One policy: the console does not also get the public pages' static one.
    const policies = (await response!.headersArray()).filter(({ name }) => name.toLowerCase() === "content-security-policy");
    expect(policies).toHaveLength(1);
    const scriptSrc = policies[0]!.value.split(";").find((directive) => directive.trim().startsWith("script-src"))!;
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    const nonce = /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
    const scripts = await page.locator("script").evaluateAll((elements) => elements.map((script) => (script as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((value) => value === nonce)).toBe(true);
    const again = await page.request.get("/admin/sign-in");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);
    expect(violations).toEqual([]);
  });

  test("a forged or revoked session is a visitor", async ({ request, db }) => {
    const forged = await request.get("/admin/entries", { maxRedirects: 0, headers: { cookie: `${SESSION_COOKIE}=not-a-real-token` } });
    expect(forged.status()).toBe(307);
    const user = await createStaff(db);
    const { token } = await createSession(db, user.id);
    await db.staffSession.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    const revoked = await request.get("/admin/entries", { maxRedirects: 0, headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    expect(revoked.status()).toBe(307);
  });
});

test.describe("signing in and out", () => {
  test("a wrong password is refused, the right one opens the console, signing out ends the session everywhere", async ({ page, db, browser, baseURL }) => {
    const user = await createStaff(db, { role: "reviewer", displayName: "審査 一郎" });
    await page.goto("/admin/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByLabel("メールアドレス").fill(user.email);
    await page.getByLabel("パスワード").fill("not the password");
    await page.getByRole("button", { name: "サインイン" }).click();
    await expect(page.locator("#sign-in-error")).toHaveText("メールアドレスまたはパスワードが正しくありません。");

    await signIn(page, user.email, user.password);
    await expect(page.getByText("審査 一郎（審査員）")).toBeVisible();
    const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });

    // The same token in another browser works until sign-out, then nowhere.
    const other = await browser.newContext();
    await other.addCookies([{ name: SESSION_COOKIE, value: cookie.value, url: baseURL! }]);
    const otherPage = await other.newPage();
    await otherPage.goto("/admin/entries");
    await expect(otherPage.getByRole("heading", { level: 1 })).toHaveText("エントリー一覧");

    await page.getByRole("button", { name: "サインアウト" }).click();
    await expect(page).toHaveURL(/\/admin\/sign-in$/);
    await otherPage.goto("/admin/entries");
    await expect(otherPage).toHaveURL(/\/admin\/sign-in$/);
    await other.close();
    expect(await db.staffSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  test("staff choose the console language, and it stays their choice", async ({ staffPage, db }) => {
    const { page, user } = await staffPage("reviewer", { displayName: "Review Ann" });
    await page.goto("/admin");
    await page.getByRole("form", { name: "表示言語" }).getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByText("Review Ann (Reviewer)")).toBeVisible();
    expect((await db.staffUser.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("en");
  });
});
