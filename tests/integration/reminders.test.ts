import pg from "pg";
import type { AppLocale } from "@/i18n/routing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { saveSchedule } from "@/lib/campaign/schedule";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { handleReminderConfirm, handleReminderSignup, handleUnsubscribe } from "@/lib/reminders/forms";
import { deleteEndedSubscriptions } from "@/lib/reminders/subscriptions";
import { sendWindowOpenedReminders } from "@/lib/reminders/window-opened";
import { scheduleOpenAt, TEST_FORM_SECRET, uniqueEmail } from "../support/entries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const DAY = 24 * 60 * 60 * 1000;
const settings = { secret: TEST_FORM_SECRET, rateLimitPerHour: 100_000, mailsPerRecipientPerHour: 5 };
let test: TestDatabase;
/** Two "instances": pools of their own on the same database. */
let workers: [pg.Pool, pg.Pool];

beforeAll(async () => {
  test = await createTestDatabase();
  const { schema: _, ...config } = poolConfigFromUrl(test.url, { max: 4 });
  workers = [new pg.Pool(config), new pg.Pool(config)];
});
afterAll(async () => {
  await Promise.all(workers.map((pool) => pool.end()));
  await test.drop();
});
beforeEach(async () => {
  await test.pool.query(`DELETE FROM "ReminderSubscription"; DELETE FROM "OutboxEmail"; DELETE FROM "RateLimitBucket"`);
  // No window open: the first opens in nine days.
  await saveSchedule(test.db, scheduleOpenAt(new Date(Date.now() + 10 * DAY)));
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function signUp(email: string, { locale = "ja", now = new Date() }: { locale?: AppLocale; now?: Date } = {}) {
  return handleReminderSignup(form({ email }), { db: test.pool, now, locale, clientAddress: "203.0.113.30", settings });
}

async function mailsTo(email: string) {
  const { rows } = await test.pool.query<{ subject: string; text: string; html: string; listUnsubscribe: string | null }>(
    `SELECT subject, text, html, "listUnsubscribe" FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt", subject`,
    [email],
  );
  return rows;
}

const tokenIn = (path: string, text: string) => new RegExp(`${path}\\?token=([A-Za-z0-9_-]{43})`).exec(text)![1]!;

async function confirmedSubscriber(email: string, locale: "ja" | "en" = "ja") {
  expect(await signUp(email, { locale })).toEqual({ status: "sent" });
  const [mail] = await mailsTo(email);
  const outcome = await handleReminderConfirm(form({ token: tokenIn("/reminders/confirm", mail!.text) }), { db: test.pool, now: new Date() });
  expect(outcome).toEqual({ status: "done", outcome: "confirmed" });
}

async function openFirstWindow() {
  await saveSchedule(test.db, scheduleOpenAt(new Date()));
}

describe("remind me when entries open", () => {
  it("mails a confirmation link in the subscriber's language, with an unsubscribe link, and stores only hashes", async () => {
    const email = uniqueEmail("remind-en");
    expect(await signUp(email, { locale: "en" })).toEqual({ status: "sent" });
    const [mail, ...others] = await mailsTo(email);
    expect(others).toEqual([]);
    expect(mail!.subject).toBe("[Connected Stories] Entry opening notice: please confirm your email address");
    const confirm = tokenIn("/en/reminders/confirm", mail!.text);
    const unsubscribe = tokenIn("/en/reminders/unsubscribe", mail!.text);
    expect(mail!.html).toContain(`lang="en"`);
    expect(mail!.html).toContain(`href="http://localhost:3000/en/reminders/unsubscribe?token=${unsubscribe}"`);
    expect(mail!.listUnsubscribe).toBe(`http://localhost:3000/api/reminders/unsubscribe?token=${unsubscribe}`);
    const { rows } = await test.pool.query(`SELECT t.hash FROM "ReminderToken" t`);
    expect(rows.map((row) => row.hash).some((hash) => hash.includes(confirm) || hash.includes(unsubscribe))).toBe(false);
    const { rows: subscriptions } = await test.pool.query(`SELECT locale, "confirmedAt" FROM "ReminderSubscription" WHERE "emailKey" = $1`, [email.toLowerCase()]);
    expect(subscriptions).toEqual([{ locale: "en", confirmedAt: null }]);
  });

  it("answers the same for a confirmed address and mails it nothing; caps mails per recipient", async () => {
    const confirmed = uniqueEmail("remind-confirmed");
    await confirmedSubscriber(confirmed);
    expect(await signUp(confirmed)).toEqual({ status: "sent" });
    expect(await mailsTo(confirmed)).toHaveLength(1);

    const target = uniqueEmail("remind-flooded");
    for (let i = 0; i < 8; i++) expect(await signUp(target)).toEqual({ status: "sent" });
    expect(await mailsTo(target)).toHaveLength(settings.mailsPerRecipientPerHour);
    expect(await signUp("not an address")).toEqual({ status: "invalid", email: "not an address" });
  });

  it("refuses an expired or unknown confirmation link", async () => {
    const email = uniqueEmail("remind-expired");
    await signUp(email, { now: new Date(Date.now() - 4 * DAY) });
    const token = tokenIn("/reminders/confirm", (await mailsTo(email))[0]!.text);
    expect(await handleReminderConfirm(form({ token }), { db: test.pool, now: new Date() })).toEqual({ status: "done", outcome: "expired" });
    expect(await handleReminderConfirm(form({ token: "x".repeat(43) }), { db: test.pool, now: new Date() })).toEqual({ status: "done", outcome: "unknown" });
  });

  it("mails each confirmed subscriber exactly once per window when two workers race; unconfirmed ones get nothing", async () => {
    const confirmed = [uniqueEmail("remind-a"), uniqueEmail("remind-b"), uniqueEmail("remind-c")];
    for (const [i, email] of confirmed.entries()) await confirmedSubscriber(email, i === 0 ? "en" : "ja");
    const unconfirmed = uniqueEmail("remind-unconfirmed");
    await signUp(unconfirmed);
    // Enough more that the workers' rounds overlap.
    await test.pool.query(
      `INSERT INTO "ReminderSubscription" (id, email, "emailKey", locale, "confirmedAt")
       SELECT gen_random_uuid(), 'crowd' || i || '@example.com', 'crowd' || i || '@example.com', 'ja', now() FROM generate_series(1, 60) AS i`,
    );

    expect(await sendWindowOpenedReminders(workers[0], new Date())).toBe(0); // no window open yet
    await openFirstWindow();
    const rounds = await Promise.all([0, 1, 2, 3].map((i) => sendWindowOpenedReminders(workers[i % 2]!, new Date())));
    expect(rounds.reduce((sum, written) => sum + written, 0)).toBe(63);
    expect(rounds.filter((written) => written > 0).length).toBeGreaterThan(1);
    expect(await sendWindowOpenedReminders(workers[1], new Date())).toBe(0);
    const { rows: perAddress } = await test.pool.query(
      `SELECT "to", count(*)::int AS n FROM "OutboxEmail" WHERE "to" LIKE 'crowd%' GROUP BY "to"`,
    );
    expect(perAddress).toHaveLength(60);
    expect(perAddress.every((row) => row.n === 1)).toBe(true);

    for (const email of confirmed) {
      const opened = (await mailsTo(email)).filter((mail) => !mail.subject.includes("確認") && !mail.subject.includes("confirm"));
      expect(opened, email).toHaveLength(1);
      expect(opened[0]!.listUnsubscribe).toMatch(/\/api\/reminders\/unsubscribe\?token=/);
    }
    expect((await mailsTo(confirmed[0]!)).at(-1)!.subject).toBe("[Connected Stories] Entry window No. 1 is now open");
    expect((await mailsTo(confirmed[1]!)).at(-1)!.subject).toBe("【Connected Stories】第1回のエントリー受付が始まりました");
    expect(await mailsTo(unconfirmed)).toHaveLength(1); // its confirmation request only
  });

  it("unsubscribes with any mailed link: the subscription, its tokens and its mails are gone", async () => {
    const email = uniqueEmail("remind-leave");
    await confirmedSubscriber(email);
    const token = tokenIn("/reminders/unsubscribe", (await mailsTo(email))[0]!.text);
    expect(await handleUnsubscribe(token, { db: test.pool })).toEqual({ status: "unsubscribed" });
    expect(await handleUnsubscribe(token, { db: test.pool })).toEqual({ status: "unknown" });
    await openFirstWindow();
    await sendWindowOpenedReminders(workers[0], new Date());
    expect(await mailsTo(email)).toEqual([]);
    const { rows } = await test.pool.query(`SELECT count(*)::int AS n FROM "ReminderToken"`);
    expect(rows[0].n).toBe(0);
  });

  it("deletes sign-ups never confirmed once their link expired, and every subscription once the winners are announced", async () => {
    const stale = uniqueEmail("remind-stale");
    await signUp(stale, { now: new Date(Date.now() - 4 * DAY) });
    const kept = uniqueEmail("remind-kept");
    await confirmedSubscriber(kept);
    expect(await deleteEndedSubscriptions(test.pool, new Date())).toBe(1);
    expect(await mailsTo(stale)).toEqual([]);
    expect(await deleteEndedSubscriptions(test.pool, new Date(Date.now() + 200 * DAY))).toBe(1);
    const { rows } = await test.pool.query(`SELECT count(*)::int AS n FROM "ReminderSubscription"`);
    expect(rows[0].n).toBe(0);
  });
});
