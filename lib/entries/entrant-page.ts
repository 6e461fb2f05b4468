import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AppLocale } from "@/i18n/routing";
import type { Queryable } from "@/lib/db/queryable";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ConsentKind, Locale, Role } from "@/lib/generated/prisma/enums";
import { composeEntrantLinkEmail } from "@/lib/mail/entrant-page";
import { enqueueCappedEmail } from "@/lib/mail/recipient-cap";
import { siteUrl } from "@/lib/site/url";
import { ENTRANT_SECRET_PATTERN } from "@/lib/validation/entrant";
import { winnersVisible } from "@/lib/winners/visibility";
import { emailKey } from "./store";

/**
 * The entrant's page (docs/decisions/0027-entrant-page.md). Every mail about an entry carries a
 * link to it; opening the link shows a button, and only that POST spends the link (mail scanners
 * open links first) and opens a short session for that one entry, kept in an httpOnly cookie.
 * Both secrets are stored only as hashes, as EntryToken rows of their own purpose.
 */
export const ENTRANT_LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const ENTRANT_SESSION_TTL_MS = 30 * 60 * 1000;

/** A new secret for a link or a session. */
export function newEntrantSecret(): string {
  return randomBytes(32).toString("base64url");
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function entrantLinkHash(link: string): string {
  return sha256(`entrant_link:${link}`);
}

export function entrantSessionHash(session: string): string {
  return sha256(`entrant_session:${session}`);
}

export function entrantPageUrl(locale: AppLocale, link: string): string {
  return `${siteUrl()}/${locale}/my-entry?token=${link}`;
}

/**
 * SQL writing a link to the page of `source`'s entry (a CTE or table with `id`), valid 30 days.
 * Placeholders are the caller's.
 */
export function entrantLinkInsert(p: { hash: string; at: string; source: string }): string {
  return `INSERT INTO "EntryToken" (hash, "entryId", purpose, "expiresAt", "createdAt")
       SELECT ${p.hash}, ${p.source}.id, 'entrant_link', ${p.at}::timestamp + interval '${ENTRANT_LINK_TTL_MS} milliseconds', ${p.at}::timestamp
       FROM ${p.source}`;
}

/** A new link to the page of the entry `reference` names, for a mail about to be written. */
export async function issueEntrantLink(db: Queryable, reference: string, now: Date): Promise<string> {
  const link = newEntrantSecret();
  await db.query(
    `WITH entry AS (SELECT id FROM "Entry" WHERE reference = $2)
     ${entrantLinkInsert({ hash: "$1", at: "$3", source: "entry" })}`,
    [entrantLinkHash(link), reference, now.toISOString()],
  );
  return link;
}

/** At most this many entries (the address's newest) get a link in one "send me my link" mail. */
const LINKS_PER_MAIL = 3;

/**
 * "Send me my link": whatever the address, the caller answers the same. Only the mailbox learns
 * something: a link to the page of each of its newest entries, in one mail counted against the
 * per-recipient cap.
 */
export async function requestEntrantLinks(
  db: Queryable,
  email: string,
  context: { locale: AppLocale; now: Date; secret: string; mailCap: number },
): Promise<void> {
  const { rows } = await db.query<{ reference: string }>(
    `SELECT reference FROM "Entry" WHERE "emailKey" = $1 AND "erasedAt" IS NULL ORDER BY "submittedAt" DESC LIMIT ${LINKS_PER_MAIL}`,
    [emailKey(email)],
  );
  if (rows.length === 0) return;
  const links = [];
  for (const { reference } of rows) {
    links.push({ reference, url: entrantPageUrl(context.locale, await issueEntrantLink(db, reference, context.now)) });
  }
  const mail = composeEntrantLinkEmail(context.locale, links);
  await enqueueCappedEmail(db, { to: email, entryId: null, ...mail }, { now: context.now, secret: context.secret, cap: context.mailCap });
}

export type OpenOutcome = { kind: "opened"; session: string; expiresAt: Date } | { kind: "expired" | "used" | "unknown" };

/** The POST of the page's button: spends the link and opens a session for its entry, in one statement. */
export async function openEntrantLink(db: Queryable, link: string, now: Date): Promise<OpenOutcome> {
  const at = now.toISOString();
  const hash = entrantLinkHash(link);
  const session = newEntrantSecret();
  const { rows } = await db.query<{ expiresAt: Date }>(
    `WITH link AS (
       UPDATE "EntryToken" SET "usedAt" = $2::timestamp
       WHERE hash = $1 AND purpose = 'entrant_link' AND "usedAt" IS NULL AND "expiresAt" > $2::timestamp
       RETURNING "entryId"
     )
     INSERT INTO "EntryToken" (hash, "entryId", purpose, "expiresAt", "createdAt")
     SELECT $3, link."entryId", 'entrant_session', $2::timestamp + interval '${ENTRANT_SESSION_TTL_MS} milliseconds', $2::timestamp
     FROM link
     RETURNING "expiresAt" AT TIME ZONE 'UTC' AS "expiresAt"`,
    [hash, at, entrantSessionHash(session)],
  );
  if (rows[0]) return { kind: "opened", session, expiresAt: rows[0].expiresAt };
  const { rows: known } = await db.query<{ used: boolean }>(
    `SELECT "usedAt" IS NOT NULL AS used FROM "EntryToken" WHERE hash = $1 AND purpose = 'entrant_link'`,
    [hash],
  );
  if (!known[0]) return { kind: "unknown" };
  return { kind: known[0].used ? "used" : "expired" };
}

/** The entry an entrant session cookie opens, or null (missing, forged, expired or its entry withdrawn). */
export async function sessionEntryId(db: Queryable, session: string | undefined, now: Date): Promise<string | null> {
  if (!session || !ENTRANT_SECRET_PATTERN.test(session)) return null;
  const { rows } = await db.query<{ entryId: string }>(
    `SELECT "entryId" FROM "EntryToken"
     WHERE hash = $1 AND purpose = 'entrant_session' AND "usedAt" IS NULL AND "expiresAt" > $2::timestamp`,
    [entrantSessionHash(session), now.toISOString()],
  );
  return rows[0]?.entryId ?? null;
}

/** Ends a session at once (the page's "close" button): its cookie no longer opens anything. */
export async function closeEntrantSession(db: Queryable, session: string | undefined, now: Date): Promise<void> {
  if (!session || !ENTRANT_SECRET_PATTERN.test(session)) return;
  await db.query(`UPDATE "EntryToken" SET "usedAt" = $2::timestamp WHERE hash = $1 AND purpose = 'entrant_session'`, [
    entrantSessionHash(session),
    now.toISOString(),
  ]);
}

/**
 * The entry's state in words. "selected" only once the winners are announced; until then a
 * winner reads as confirmed (the draw is not the entrant's to learn early).
 */
export type EntrantState = "received" | "confirmed" | "featured" | "selected" | "erased";

export type EntrantView = {
  reference: string;
  windowNumber: number;
  submittedAt: Date;
  email: string | null;
  penName: string;
  country: string;
  role: Role;
  connectedWith: string;
  title: string;
  story: string;
  myTokyoMarathonIs: string;
  km: number | null;
  language: Locale;
  hasPhoto: boolean;
  state: EntrantState;
  erasedAt: Date | null;
  consents: { kind: ConsentKind; agreedAt: Date; withdrawnAt: Date | null }[];
  erasureRequestedAt: Date | null;
  /** Until the window closes. */
  canWithdraw: boolean;
  canWithdrawPublication: boolean;
  canRequestErasure: boolean;
};

const CONSENT_ORDER: ConsentKind[] = ["eligibility", "terms", "privacy", "publication"];

/** What the page shows of the one entry its session opens (the id comes from the session, never the client). */
export async function loadEntrantView(db: PrismaClient, entryId: string, now: Date): Promise<EntrantView | null> {
  const [entry, settings] = await Promise.all([
    db.entry.findUnique({
      where: { id: entryId },
      include: {
        window: { select: { closesAt: true } },
        consents: { select: { kind: true, agreedAt: true, withdrawnAt: true } },
        featured: { select: { publishedAt: true } },
        photo: { select: { entryId: true } },
        erasureRequest: { select: { requestedAt: true } },
      },
    }),
    db.campaignSettings.findUnique({ where: { id: 1 }, select: { announcementAt: true } }),
  ]);
  if (!entry) return null;
  const erased = entry.erasedAt !== null;
  const publication = entry.consents.find((consent) => consent.kind === "publication");
  const state: EntrantState = erased
    ? "erased"
    : !entry.confirmedAt
      ? "received"
      : entry.status === "winner" && settings && winnersVisible(settings.announcementAt, now)
        ? "selected"
        : entry.featured?.publishedAt && publication && !publication.withdrawnAt
          ? "featured"
          : "confirmed";
  return {
    reference: entry.reference,
    windowNumber: entry.windowNumber,
    submittedAt: entry.submittedAt,
    email: entry.email,
    penName: entry.penName,
    country: entry.country,
    role: entry.role,
    connectedWith: entry.connectedWith,
    title: entry.title,
    story: entry.story,
    myTokyoMarathonIs: entry.myTokyoMarathonIs,
    km: entry.km,
    language: entry.language,
    hasPhoto: entry.photo !== null,
    state,
    erasedAt: entry.erasedAt,
    consents: [...entry.consents].sort((a, b) => CONSENT_ORDER.indexOf(a.kind) - CONSENT_ORDER.indexOf(b.kind)),
    erasureRequestedAt: entry.erasureRequest?.requestedAt ?? null,
    canWithdraw: !erased && now < entry.window.closesAt,
    canWithdrawPublication: !erased && publication !== undefined && publication.withdrawnAt === null,
    canRequestErasure: !erased && entry.confirmedAt !== null && !entry.erasureRequest,
  };
}
