import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readSchedule, saveSchedule } from "@/lib/campaign/schedule";
import { stateAt } from "@/lib/campaign/state";
import { poolConfigFromUrl } from "@/lib/db/connection";
import { confirmByCode, confirmByLink, deleteUnconfirmedEntries, linkHash } from "@/lib/entries/confirmation";
import { handleNewLinkRequest } from "@/lib/entries/confirmation-forms";
import type { EntryFormState } from "@/lib/entries/form-state";
import { handleSubmission, type SubmissionContext } from "@/lib/entries/submission";
import { ENTRANT_MAILS } from "@/lib/mail/entry-confirmation";
import { parseEntryFilter } from "@/lib/review/filters";
import { listEntries } from "@/lib/review/list";
import { createStaff } from "../factories/staff";
import { entryForm, scheduleOpenAt, TEST_CONFIRMATION_SETTINGS, TEST_FORM_SECRET, uniqueEmail, validEntryFields } from "../support/entries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const HOUR = 60 * 60 * 1000;
let test: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  test = await createTestDatabase();
  // Enough connections for 50 confirmations at once.
  const { schema: _, ...config } = poolConfigFromUrl(test.url, { max: 50 });
  pool = new pg.Pool(config);
});
afterAll(async () => {
  await pool.end();
  await test.drop();
});
beforeEach(async () => {
  await saveSchedule(test.db, scheduleOpenAt(new Date()));
});

const settings = { secret: TEST_FORM_SECRET, minimumFillMs: 0, formMaxAgeMs: 24 * HOUR, rateLimitPerHour: 100_000, ...TEST_CONFIRMATION_SETTINGS };

function context(overrides: Partial<SubmissionContext> = {}): SubmissionContext {
  return {
    db: pool,
    now: new Date(),
    locale: "ja",
    clientAddress: "203.0.113.20",
    settings,
    mails: ENTRANT_MAILS,
    campaignState: async () => stateAt(await readSchedule(test.db), new Date()),
    ...overrides,
  };
}

async function submit(email: string, overrides: Partial<SubmissionContext> = {}) {
  const state: EntryFormState = await handleSubmission(entryForm(validEntryFields({ email })), context(overrides));
  if (state.status !== "stored") throw new Error(`not stored: ${JSON.stringify(state)}`);
  return state;
}

async function mailsTo(email: string) {
  const { rows } = await test.pool.query<{ subject: string; text: string }>(
    `SELECT subject, text FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt", subject`,
    [email],
  );
  return rows;
}

function secretsOf(mail: { text: string }) {
  return {
    link: /token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!,
    code: /(?:確認コード：|Code: )([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(mail.text)![1]!,
  };
}

async function entryState(reference: string) {
  const { rows } = await test.pool.query(`SELECT "confirmedAt", "confirmedEmailKey" FROM "Entry" WHERE reference = $1`, [reference]);
  return rows[0];
}

describe("an entry counts once its address is confirmed", () => {
  it("mails a link and a code, stores only their hashes, and the link confirms the entry once", async () => {
    const email = uniqueEmail("confirm");
    const { receipt } = await submit(email);
    const [mail, ...others] = await mailsTo(email);
    expect(others).toHaveLength(0);
    expect(mail!.subject).toContain(receipt.reference);
    const { link } = secretsOf(mail!);
    const tokens = await test.pool.query(`SELECT hash, purpose FROM "EntryToken" t JOIN "Entry" e ON e.id = t."entryId" WHERE e.reference = $1`, [receipt.reference]);
    expect(tokens.rows.map((row) => row.purpose).sort()).toEqual(["confirm_code", "confirm_link", "entrant_link"]);
    expect(tokens.rows.map((row) => row.hash)).toContain(linkHash(link));
    expect(JSON.stringify(tokens.rows)).not.toContain(link);
    expect(await entryState(receipt.reference)).toMatchObject({ confirmedAt: null, confirmedEmailKey: null });

    expect(await confirmByLink(pool, link, new Date())).toEqual({ kind: "confirmed", reference: receipt.reference, windowNumber: 1 });
    expect(await entryState(receipt.reference)).toMatchObject({ confirmedEmailKey: email.toLowerCase() });
    expect(await confirmByLink(pool, link, new Date())).toMatchObject({ kind: "alreadyConfirmed", reference: receipt.reference });
    expect(await confirmByLink(pool, "x".repeat(43), new Date())).toEqual({ kind: "unknown" });
  });

  it("refuses an expired link, and never lets a token outlive the window's close plus the grace period", async () => {
    const email = uniqueEmail("late");
    const { receipt } = await submit(email);
    const { link } = secretsOf((await mailsTo(email))[0]!);
    expect(await confirmByLink(pool, link, new Date(Date.now() + 73 * HOUR))).toEqual({ kind: "expired" });
    const { rows } = await test.pool.query(
      `SELECT bool_and(t."expiresAt" <= w."closesAt" + interval '48 hours') AS bounded
       FROM "EntryToken" t JOIN "Entry" e ON e.id = t."entryId" JOIN "EntryWindow" w ON w.number = e."windowNumber"
       WHERE e.reference = $1`,
      [receipt.reference],
    );
    expect(rows[0].bounded).toBe(true);
    expect(await entryState(receipt.reference)).toMatchObject({ confirmedAt: null });
  });

  it("confirms with the code typed beside the receipt, and caps the tries per reference", async () => {
    const email = uniqueEmail("code");
    const { receipt } = await submit(email);
    const { code } = secretsOf((await mailsTo(email))[0]!);
    expect(await confirmByCode(pool, receipt.reference, "ZZZZ-ZZZZ", new Date())).toEqual({ kind: "unknown" });
    expect(await confirmByCode(pool, receipt.reference, ` ${code.toLowerCase()} `, new Date())).toMatchObject({ kind: "confirmed" });

    const other = await submit(uniqueEmail("guess"));
    for (let attempt = 0; attempt < 10; attempt++) await confirmByCode(pool, other.receipt.reference, "ZZZZ-ZZZZ", new Date());
    expect(await confirmByCode(pool, other.receipt.reference, "ZZZZ-ZZZZ", new Date())).toEqual({ kind: "tooManyAttempts" });
  });

  it("keeps unconfirmed entries out of the console, and deletes them once the grace period is over", async () => {
    const admin = await createStaff(test.db, { role: "admin" });
    const email = uniqueEmail("console");
    const { receipt } = await submit(email);
    const search = () => listEntries(test.db, admin, parseEntryFilter({ q: receipt.reference }));
    expect((await search()).rows).toHaveLength(0);
    await confirmByLink(pool, secretsOf((await mailsTo(email))[0]!).link, new Date());
    expect((await search()).rows.map((row) => row.reference)).toEqual([receipt.reference]);

    const waiting = await submit(uniqueEmail("never"));
    const { rows } = await test.pool.query(`SELECT "closesAt" FROM "EntryWindow" WHERE number = 1`);
    const afterGrace = new Date(rows[0].closesAt.getTime() + TEST_CONFIRMATION_SETTINGS.confirmationGraceMs + HOUR);
    expect(await deleteUnconfirmedEntries(pool, afterGrace, TEST_CONFIRMATION_SETTINGS.confirmationGraceMs)).toBeGreaterThanOrEqual(1);
    expect(await entryState(waiting.receipt.reference)).toBeUndefined();
    expect(await entryState(receipt.reference)).toBeDefined();
  });
});

describe("no enumeration, no squatting, no spam", () => {
  it("a stranger's unconfirmed entry does not block the owner; a later submission gets the same receipt and an 'already entered' mail", async () => {
    const email = uniqueEmail("owner");
    const stranger = await submit(email);
    const owner = await submit(email.toUpperCase());
    const [toStranger, toOwner] = await mailsTo(email).then(async (lower) => [...lower, ...(await mailsTo(email.toUpperCase()))]);
    expect(await confirmByLink(pool, secretsOf(toOwner!).link, new Date())).toMatchObject({ kind: "confirmed", reference: owner.receipt.reference });
    expect(await confirmByLink(pool, secretsOf(toStranger!).link, new Date())).toEqual({ kind: "anotherConfirmed" });
    expect(await entryState(stranger.receipt.reference)).toMatchObject({ confirmedAt: null });

    const again = await submit(email);
    expect(Object.keys(again)).toEqual(Object.keys(owner));
    expect(again.alreadyStored).toBe(false);
    const latest = (await mailsTo(email)).at(-1)!;
    expect(latest.subject).toBe("【Connected Stories】このメールアドレスでは、すでにエントリーが確定しています");
    expect(latest.text).toContain(owner.receipt.reference);
    // No secret of the new entry; only the link to the page of the confirmed one.
    expect(latest.text).not.toContain("/entry/confirm?token=");
    expect(latest.text).toMatch(/\/ja\/my-entry\?token=[A-Za-z0-9_-]{43}/);
  });

  it("50 concurrent confirmations of 50 entries with one address confirm exactly one", async () => {
    const email = uniqueEmail("fifty");
    const roomy = { settings: { ...settings, mailsPerRecipientPerHour: 100 } };
    for (let i = 0; i < 50; i++) await submit(email, roomy);
    const links = (await mailsTo(email)).map((mail) => secretsOf(mail).link);
    expect(links).toHaveLength(50);
    const outcomes = await Promise.all(links.map((link) => confirmByLink(pool, link, new Date())));
    expect(outcomes.filter((outcome) => outcome.kind === "confirmed")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.kind === "anotherConfirmed")).toHaveLength(49);
    const { rows } = await test.pool.query(`SELECT count(*)::int AS n FROM "Entry" WHERE "emailKey" = $1 AND "confirmedAt" IS NOT NULL`, [email.toLowerCase()]);
    expect(rows[0].n).toBe(1);
  });

  it("caps mails per recipient, whoever submits", async () => {
    const email = uniqueEmail("flood");
    for (let i = 0; i < 8; i++) await submit(email, { clientAddress: `198.51.100.${i}` });
    expect(await mailsTo(email)).toHaveLength(TEST_CONFIRMATION_SETTINGS.mailsPerRecipientPerHour);
  });

  it("'send me a new link' answers the same for any address; only the mailbox learns anything", async () => {
    const request = (email: string) =>
      handleNewLinkRequest(entryForm({ email }), {
        db: pool,
        now: new Date(),
        locale: "en",
        clientAddress: "203.0.113.30",
        settings,
        mails: ENTRANT_MAILS,
      });
    const nobody = uniqueEmail("nobody");
    expect(await request(nobody)).toEqual({ status: "sent" });
    expect(await mailsTo(nobody)).toHaveLength(0);

    const waiting = uniqueEmail("waiting");
    const { receipt } = await submit(waiting);
    expect(await request(waiting)).toEqual({ status: "sent" });
    const fresh = (await mailsTo(waiting)).at(-1)!;
    expect(fresh.subject).toBe(`[Connected Stories] A new link to confirm your entry (reference ${receipt.reference})`);
    expect(await confirmByLink(pool, secretsOf(fresh).link, new Date())).toMatchObject({ kind: "confirmed" });

    expect(await request(waiting)).toEqual({ status: "sent" });
    expect((await mailsTo(waiting)).at(-1)!.subject).toBe("[Connected Stories] This email address already has a confirmed entry");
    expect(await request("not-an-address")).toEqual({ status: "invalid", email: "not-an-address" });
  });
});
