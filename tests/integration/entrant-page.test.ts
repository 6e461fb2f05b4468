import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readSchedule, saveSchedule } from "@/lib/campaign/schedule";
import { stateAt } from "@/lib/campaign/state";
import { confirmByLink } from "@/lib/entries/confirmation";
import { handleEntrantLinkRequest } from "@/lib/entries/confirmation-forms";
import { ENTRANT_SESSION_TTL_MS, entrantLinkHash, issueEntrantLink, loadEntrantView, openEntrantLink, sessionEntryId } from "@/lib/entries/entrant-page";
import { handleEntrantAction } from "@/lib/entries/entrant-page-forms";
import { deleteExpiredEntrantTokens } from "@/lib/entries/expired-tokens";
import type { EntryFormState } from "@/lib/entries/form-state";
import { handleSubmission } from "@/lib/entries/submission";
import { featureEntry } from "@/lib/featured/feature";
import { publishedStories, publishedStory } from "@/lib/featured/public";
import { ENTRANT_MAILS } from "@/lib/mail/entry-confirmation";
import { completeErasureRequest, listPendingErasureRequests } from "@/lib/review/erasure-requests";
import type { EntrantActionKind } from "@/lib/validation/entrant";
import { createEntry } from "../factories/entries";
import { createStaff } from "../factories/staff";
import { expectConsoleError } from "../support/console-guard";
import { entryForm, scheduleOpenAt, TEST_CONFIRMATION_SETTINGS, TEST_FORM_SECRET, uniqueEmail, validEntryFields } from "../support/entries";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const MINUTE = 60 * 1000;
let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});
beforeEach(async () => {
  await saveSchedule(test.db, scheduleOpenAt(new Date()));
});

const mailLimits = { secret: TEST_FORM_SECRET, cap: TEST_CONFIRMATION_SETTINGS.mailsPerRecipientPerHour };

async function mailsTo(email: string) {
  const { rows } = await test.pool.query<{ subject: string; text: string; entryId: string | null }>(
    `SELECT subject, text, "entryId" FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt", subject`,
    [email],
  );
  return rows;
}

function pageLinkIn(text: string): string {
  return /my-entry\?token=([A-Za-z0-9_-]{43})/.exec(text)![1]!;
}

/** An entry of the factory (confirmed unless told) and a live session on its page. */
async function entryWithSession(options: Parameters<typeof createEntry>[1] = {}) {
  const email = uniqueEmail("entrant");
  const entry = await createEntry(test.db, { windowNumber: 1, email, emailKey: email, confirmedEmailKey: email, ...options });
  const link = await issueEntrantLink(test.pool, entry.reference, new Date());
  const opened = await openEntrantLink(test.pool, link, new Date());
  if (opened.kind !== "opened") throw new Error(`not opened: ${opened.kind}`);
  return { entry, session: opened.session };
}

function confirmed(extra: Record<string, string> = {}) {
  const form = new FormData();
  form.set("confirm", "yes");
  for (const [name, value] of Object.entries(extra)) form.set(name, value);
  return form;
}

function act(kind: EntrantActionKind, session: string | undefined, form = confirmed(), overrides: Partial<Parameters<typeof handleEntrantAction>[2]> = {}) {
  return handleEntrantAction(kind, form, { db: test.db, pool: test.pool, session, now: new Date(), locale: "en", mailLimits, ...overrides });
}

async function auditActions(entryId: string) {
  const { rows } = await test.pool.query<{ action: string; actorId: string | null }>(
    `SELECT action, "actorId" FROM "AuditLog" WHERE "entityId" = $1 ORDER BY id`,
    [entryId],
  );
  return rows;
}

describe("the link to the entrant's page", () => {
  it("comes with the confirmation mail, is stored only as its hash, survives the confirmation and opens the page once", async () => {
    const email = uniqueEmail("page-link");
    const state: EntryFormState = await handleSubmission(entryForm(validEntryFields({ email })), {
      db: test.pool,
      now: new Date(),
      locale: "ja",
      clientAddress: "203.0.113.40",
      settings: { secret: TEST_FORM_SECRET, minimumFillMs: 0, formMaxAgeMs: 60 * MINUTE, rateLimitPerHour: 1000, ...TEST_CONFIRMATION_SETTINGS },
      mails: ENTRANT_MAILS,
      campaignState: async () => stateAt(await readSchedule(test.db), new Date()),
    });
    if (state.status !== "stored") throw new Error("not stored");
    const [mail] = await mailsTo(email);
    const link = pageLinkIn(mail!.text);
    const { rows: tokens } = await test.pool.query(`SELECT hash, purpose FROM "EntryToken" WHERE purpose = 'entrant_link' AND hash IN ($1, $2)`, [
      link,
      entrantLinkHash(link),
    ]);
    expect(tokens).toEqual([{ hash: entrantLinkHash(link), purpose: "entrant_link" }]);

    // Confirming spends the confirmation secrets, never the page link.
    expect((await confirmByLink(test.pool, /token=([A-Za-z0-9_-]{43})/.exec(mail!.text)![1]!, new Date())).kind).toBe("confirmed");
    // The page link cannot confirm anything: it is not a confirmation token.
    expect((await confirmByLink(test.pool, link, new Date())).kind).toBe("unknown");

    const opened = await openEntrantLink(test.pool, link, new Date());
    expect(opened.kind).toBe("opened");
    if (opened.kind !== "opened") return;
    const { rows: sessions } = await test.pool.query(`SELECT hash FROM "EntryToken" WHERE purpose = 'entrant_session' AND hash = $1`, [opened.session]);
    expect(sessions).toHaveLength(0);
    const entryId = await sessionEntryId(test.pool, opened.session, new Date());
    const view = await loadEntrantView(test.db, entryId!, new Date());
    expect(view).toMatchObject({ reference: state.receipt.reference, state: "confirmed", canWithdraw: true, canWithdrawPublication: true, canRequestErasure: true });
    expect(view!.consents.map((consent) => consent.kind)).toEqual(["eligibility", "terms", "privacy", "publication"]);

    expect(await openEntrantLink(test.pool, link, new Date())).toEqual({ kind: "used" });
  });

  it("expires; the session lasts 30 minutes; a forged session or link opens nothing", async () => {
    const entry = await createEntry(test.db, { windowNumber: 1 });
    const link = await issueEntrantLink(test.pool, entry.reference, new Date());
    expect(await openEntrantLink(test.pool, link, new Date(Date.now() + 31 * 24 * 60 * MINUTE))).toEqual({ kind: "expired" });
    expect(await openEntrantLink(test.pool, "A".repeat(43), new Date())).toEqual({ kind: "unknown" });

    const { session } = await entryWithSession();
    expect(await sessionEntryId(test.pool, session, new Date(Date.now() + ENTRANT_SESSION_TTL_MS - MINUTE))).not.toBeNull();
    expect(await sessionEntryId(test.pool, session, new Date(Date.now() + ENTRANT_SESSION_TTL_MS + MINUTE))).toBeNull();
    expect(await sessionEntryId(test.pool, "B".repeat(43), new Date())).toBeNull();
    expect(await sessionEntryId(test.pool, `${session}'--`, new Date())).toBeNull();

    // The hourly background work forgets them once expired.
    expect(await deleteExpiredEntrantTokens(test.pool, new Date(Date.now() + 31 * 24 * 60 * MINUTE))).toBeGreaterThanOrEqual(2);
    expect((await test.pool.query(`SELECT 1 FROM "EntryToken" WHERE hash = $1`, [entrantLinkHash(link)])).rowCount).toBe(0);
  });

  it("'send me my link' answers the same for any address and mails only an address with entries", async () => {
    const { entry } = await entryWithSession();
    const context = { db: test.pool, now: new Date(), locale: "ja" as const, clientAddress: "203.0.113.41", settings: { secret: TEST_FORM_SECRET, rateLimitPerHour: 1000, ...TEST_CONFIRMATION_SETTINGS } };
    const form = (email: string) => {
      const data = new FormData();
      data.set("email", email);
      return data;
    };
    const stranger = uniqueEmail("nobody");
    expect(await handleEntrantLinkRequest(form(entry.email!.toUpperCase()), context)).toEqual({ status: "sent" });
    expect(await handleEntrantLinkRequest(form(stranger), context)).toEqual({ status: "sent" });
    expect(await mailsTo(stranger)).toEqual([]);
    const [mail] = await mailsTo(entry.email!.toUpperCase());
    expect(mail!.subject).toBe("【Connected Stories】エントリーのページへのリンク");
    expect(mail!.text).toContain(entry.reference);
    expect((await openEntrantLink(test.pool, pageLinkIn(mail!.text), new Date())).kind).toBe("opened");
  });
});

describe("what an entrant can do on their page", () => {
  it("acts only on the entry of its own session: an id in the form is ignored, no session is refused", async () => {
    const a = await entryWithSession();
    const b = await entryWithSession();
    expect(await act("withdrawPublication", a.session, confirmed({ entryId: b.entry.id }))).toEqual({ status: "done", publicPagesChanged: false });
    const withdrawn = async (entryId: string) =>
      (await test.db.entryConsent.findUniqueOrThrow({ where: { entryId_kind: { entryId, kind: "publication" } } })).withdrawnAt;
    expect(await withdrawn(a.entry.id)).not.toBeNull();
    expect(await withdrawn(b.entry.id)).toBeNull();

    expect(await act("withdraw", undefined)).toEqual({ status: "refused", reason: "sessionEnded" });
    expect(await act("withdraw", "C".repeat(43))).toEqual({ status: "refused", reason: "sessionEnded" });
    // Without the confirmation box nothing happens.
    expect(await act("withdraw", b.session, new FormData())).toEqual({ status: "refused", reason: "notConfirmed" });
    expect(await test.db.entry.count({ where: { id: b.entry.id } })).toBe(1);
  });

  it("withdraws the entry while its window is open: deleted, audited, mailed; refused once the window has closed", async () => {
    const { entry, session } = await entryWithSession();
    expect(await act("withdraw", session)).toEqual({ status: "done", publicPagesChanged: false });
    expect(await test.db.entry.count({ where: { id: entry.id } })).toBe(0);
    expect(await auditActions(entry.id)).toEqual([{ action: "entry.withdraw", actorId: null }]);
    const [mail] = await mailsTo(entry.email!);
    expect(mail).toMatchObject({ subject: `[Connected Stories] Your entry is withdrawn (reference ${entry.reference})`, entryId: null });
    // Its session went with it.
    expect(await act("withdraw", session)).toEqual({ status: "refused", reason: "sessionEnded" });

    const late = await entryWithSession();
    const now = new Date();
    await saveSchedule(test.db, {
      windows: [
        { number: 1, opensAt: new Date(now.getTime() - 10 * 24 * 60 * MINUTE), closesAt: new Date(now.getTime() - MINUTE) },
        { number: 2, opensAt: new Date(now.getTime() + 24 * 60 * MINUTE), closesAt: new Date(now.getTime() + 2 * 24 * 60 * MINUTE) },
      ],
      announcementAt: new Date(now.getTime() + 3 * 24 * 60 * MINUTE),
    });
    expect(await act("withdraw", late.session)).toEqual({ status: "refused", reason: "windowClosed" });
    expect(await test.db.entry.count({ where: { id: late.entry.id } })).toBe(1);
    expect(await mailsTo(late.entry.email!)).toEqual([]);
    expect((await loadEntrantView(test.db, late.entry.id, new Date()))!.canWithdraw).toBe(false);
  });

  it("withdrawing permission to publish takes a featured story off every public list at once, and it cannot be featured again", async () => {
    const admin = await createStaff(test.db, { role: "admin" });
    const { entry, session } = await entryWithSession({ status: "shortlisted", language: "ja" });
    const story = { titleJa: "駅伝の朝", storyJa: "沿道の声に押されて走りました。", titleEn: null, storyEn: null, translationStatus: "none" as const };
    await featureEntry(test.db, admin, entry.id, story);
    expect((await publishedStories(test.db, "ja")).map((s) => s.id)).toContain(entry.id);
    expect((await loadEntrantView(test.db, entry.id, new Date()))!.state).toBe("featured");

    expect(await act("withdrawPublication", session)).toEqual({ status: "done", publicPagesChanged: true });
    expect((await publishedStories(test.db, "ja")).map((s) => s.id)).not.toContain(entry.id);
    expect(await publishedStory(test.db, entry.id, "en")).toBeNull();
    expect((await test.db.entry.findUniqueOrThrow({ where: { id: entry.id } })).status).toBe("shortlisted");
    expect((await auditActions(entry.id)).slice(-3)).toEqual([
      { action: "entry.publication_withdrawn", actorId: null },
      { action: "entry.unpublish", actorId: null },
      { action: "entry.status", actorId: null },
    ]);
    const mail = (await mailsTo(entry.email!)).at(-1)!;
    expect(mail.text).toContain("Your featured story has been taken off every page of the site.");
    await expect(featureEntry(test.db, admin, entry.id, story)).rejects.toMatchObject({ code: "noPublicationConsent" });

    const view = await loadEntrantView(test.db, entry.id, new Date());
    expect(view).toMatchObject({ state: "confirmed", canWithdrawPublication: false });
    expect(view!.consents.find((c) => c.kind === "publication")!.withdrawnAt).not.toBeNull();
    expect(await act("withdrawPublication", session)).toEqual({ status: "refused", reason: "alreadyDone" });
  });

  it("writes nothing when any part of an action fails (one transaction), and says so", async () => {
    const admin = await createStaff(test.db, { role: "admin" });
    const { entry, session } = await entryWithSession({ status: "shortlisted", language: "ja" });
    await featureEntry(test.db, admin, entry.id, { titleJa: "題", storyJa: "本文です。", titleEn: null, storyEn: null, translationStatus: "none" });
    await test.pool.query(`CREATE FUNCTION refuse_mail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox down'; END $$`);
    await test.pool.query(`CREATE TRIGGER refuse_mail BEFORE INSERT ON "OutboxEmail" FOR EACH ROW EXECUTE FUNCTION refuse_mail()`);
    try {
      expectConsoleError(/could not withdrawPublication on an entrant's page/);
      expect(await act("withdrawPublication", session)).toEqual({ status: "refused", reason: "unavailable" });
    } finally {
      await test.pool.query(`DROP TRIGGER refuse_mail ON "OutboxEmail"; DROP FUNCTION refuse_mail()`);
    }
    expect((await publishedStories(test.db, "ja")).map((s) => s.id)).toContain(entry.id);
    expect((await test.db.entryConsent.findUniqueOrThrow({ where: { entryId_kind: { entryId: entry.id, kind: "publication" } } })).withdrawnAt).toBeNull();
    expect(await auditActions(entry.id)).not.toContainEqual({ action: "entry.publication_withdrawn", actorId: null });
  });

  it("an erasure request waits in the console's queue; an admin completes it and the entrant is mailed in their language", async () => {
    const admin = await createStaff(test.db, { role: "admin" });
    const { entry, session } = await entryWithSession();
    const requestedIn = "ja" as const;
    expect(await act("requestErasure", session, confirmed(), { locale: requestedIn })).toEqual({ status: "done", publicPagesChanged: false });
    expect(await act("requestErasure", session)).toEqual({ status: "refused", reason: "alreadyDone" });
    expect((await mailsTo(entry.email!)).map((m) => m.subject)).toEqual([`【Connected Stories】データの削除のご依頼を受け付けました（受付番号 ${entry.reference}）`]);
    expect((await loadEntrantView(test.db, entry.id, new Date()))!.erasureRequestedAt).not.toBeNull();

    const queue = await listPendingErasureRequests(test.db);
    const request = queue.find((r) => r.entryId === entry.id)!;
    expect(request.entry.reference).toBe(entry.reference);
    await expect(completeErasureRequest(test.db, admin, request.id, { confirmReference: "TM27-1-WRONG1" })).rejects.toMatchObject({ code: "eraseConfirm" });
    const reviewer = await createStaff(test.db, { role: "reviewer" });
    await expect(completeErasureRequest(test.db, reviewer, request.id, { confirmReference: entry.reference })).rejects.toMatchObject({ code: "forbidden" });

    await completeErasureRequest(test.db, admin, request.id, { confirmReference: entry.reference.toLowerCase() });
    expect((await listPendingErasureRequests(test.db)).map((r) => r.id)).not.toContain(request.id);
    const erased = await test.db.entry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(erased).toMatchObject({ email: null, name: null, story: "" });
    expect(erased.erasedAt).not.toBeNull();
    const done = (await mailsTo(entry.email!)).at(-1)!;
    expect(done).toMatchObject({ subject: `【Connected Stories】データを削除しました（受付番号 ${entry.reference}）`, entryId: null });
    expect((await auditActions(entry.id)).map((a) => a.action)).toEqual(["entry.erasure_requested", "entry.erase"]);

    // The page now says so, and offers nothing more.
    expect(await loadEntrantView(test.db, entry.id, new Date())).toMatchObject({ state: "erased", canWithdraw: false, canWithdrawPublication: false, canRequestErasure: false });
    expect(await act("withdrawPublication", session)).toEqual({ status: "refused", reason: "gone" });
    await expect(completeErasureRequest(test.db, admin, request.id, { confirmReference: entry.reference })).rejects.toMatchObject({ code: "alreadyErased" });
  });

  it("says 'selected' only once the winners are announced", async () => {
    const { entry } = await entryWithSession({ status: "winner" });
    expect((await loadEntrantView(test.db, entry.id, new Date()))!.state).toBe("confirmed");
    const announced = new Date(Date.now() + 91 * 24 * 60 * MINUTE);
    expect((await loadEntrantView(test.db, entry.id, announced))!.state).toBe("selected");
  });
});
