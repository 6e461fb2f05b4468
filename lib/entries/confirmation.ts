import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AppLocale } from "@/i18n/routing";
import type { Queryable } from "@/lib/db/queryable";
import type { RenderedMail } from "@/lib/mail/layout";
import { enqueueCappedEmail, hourBucket } from "@/lib/mail/recipient-cap";
import { siteUrl } from "@/lib/site/url";
import { entrantPageUrl, issueEntrantLink } from "./entrant-page";
import { randomSymbols } from "./reference";
import { emailKey } from "./store";

/**
 * An entry counts once its owner confirms their address (docs/decisions/0020-entrant-confirms-address.md):
 * the confirmation mail carries a link and a short code, stored only as hashes, single-purpose,
 * valid 72 hours and never past the window's close plus the grace period.
 */
export const CONFIRMATION_TTL_MS = 72 * 60 * 60 * 1000;

/** In the references' alphabet (no look-alikes): 8 symbols, 40 bits, typed by hand. */
const CODE_LENGTH = 8;
/** Tries at the code of one reference per clock hour, from anywhere. */
const CODE_ATTEMPTS_PER_HOUR = 10;
const UNIQUE_CONFIRMED_EMAIL = "Entry_windowNumber_confirmedEmailKey_key";
/** The tokens a confirmation spends: never the link to the entrant's page (lib/entries/entrant-page.ts). */
const CONFIRM_PURPOSES = `('confirm_link', 'confirm_code')`;

export type ConfirmationSecrets = { link: string; code: string };

export function newConfirmationSecrets(): ConfirmationSecrets {
  return { link: randomBytes(32).toString("base64url"), code: randomSymbols(CODE_LENGTH) };
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

export function linkHash(link: string): string {
  return sha256(`confirm_link:${link}`);
}

/** Letters in either case, spaces and dashes ignored: what a person types from another screen. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

export function codeHash(reference: string, code: string): string {
  return sha256(`confirm_code:${reference}:${normalizeCode(code)}`);
}

export function confirmationUrl(locale: AppLocale, link: string): string {
  return `${siteUrl()}/${locale}/entry/confirm?token=${link}`;
}

/**
 * SQL writing both secrets of `source`'s entry (a CTE with `id` and `closesAt`), expiring at the
 * earlier of now + 72 h and the window's close plus the grace period. Placeholders are the caller's.
 */
export function confirmationTokensInsert(p: { linkHash: string; codeHash: string; at: string; graceMs: string; source: string }): string {
  return `INSERT INTO "EntryToken" (hash, "entryId", purpose, "expiresAt", "createdAt")
       SELECT secret.hash, ${p.source}.id, secret.purpose::"EntryTokenPurpose",
              LEAST(${p.at}::timestamp + interval '${CONFIRMATION_TTL_MS} milliseconds',
                    ${p.source}."closesAt" + ${p.graceMs}::bigint * interval '1 millisecond'),
              ${p.at}::timestamp
       FROM ${p.source}, (VALUES (${p.linkHash}, 'confirm_link'), (${p.codeHash}, 'confirm_code')) AS secret(hash, purpose)`;
}

export type ConfirmOutcome =
  | { kind: "confirmed"; reference: string; windowNumber: number }
  /** Confirmed before (by the link or the code): nothing to do. */
  | { kind: "alreadyConfirmed"; reference: string; windowNumber: number }
  /** Another entry with this address is confirmed in the window: this one cannot count. */
  | { kind: "anotherConfirmed" }
  | { kind: "expired" }
  | { kind: "used" }
  | { kind: "unknown" }
  | { kind: "tooManyAttempts" };

/**
 * Confirms the entry a link or code belongs to, in one statement: spends the token (and the
 * entry's other tokens) and sets confirmedAt and confirmedEmailKey. The unique (window,
 * confirmedEmailKey) index makes exactly one of any number of concurrent confirmations of one
 * address win; the others roll back whole and are told why.
 */
export async function confirmByHash(db: Queryable, hash: string, now: Date): Promise<ConfirmOutcome> {
  const at = now.toISOString();
  try {
    const { rows } = await db.query<{ reference: string; windowNumber: number }>(
      `WITH token AS (
         UPDATE "EntryToken" SET "usedAt" = $2::timestamp
         WHERE hash = $1 AND purpose IN ${CONFIRM_PURPOSES} AND "usedAt" IS NULL AND "expiresAt" > $2::timestamp
         RETURNING "entryId"
       ),
       entry AS (
         UPDATE "Entry" e SET "confirmedAt" = $2::timestamp, "confirmedEmailKey" = e."emailKey"
         FROM token
         WHERE e.id = token."entryId" AND e."confirmedAt" IS NULL AND e."erasedAt" IS NULL
         RETURNING e.id, e.reference, e."windowNumber"
       ),
       spent AS (
         UPDATE "EntryToken" t SET "usedAt" = $2::timestamp
         FROM entry WHERE t."entryId" = entry.id AND t.hash <> $1 AND t.purpose IN ${CONFIRM_PURPOSES} AND t."usedAt" IS NULL
       )
       SELECT reference, "windowNumber" FROM entry`,
      [hash, at],
    );
    if (rows[0]) return { kind: "confirmed", ...rows[0] };
  } catch (error) {
    if ((error as { constraint?: string }).constraint === UNIQUE_CONFIRMED_EMAIL) return { kind: "anotherConfirmed" };
    throw error;
  }
  const { rows } = await db.query<{ used: boolean; expired: boolean; confirmed: boolean; reference: string; windowNumber: number }>(
    `SELECT t."usedAt" IS NOT NULL AS used, t."expiresAt" <= $2::timestamp AS expired,
            e."confirmedAt" IS NOT NULL AS confirmed, e.reference, e."windowNumber"
     FROM "EntryToken" t JOIN "Entry" e ON e.id = t."entryId"
     WHERE t.hash = $1 AND t.purpose IN ${CONFIRM_PURPOSES} AND e."erasedAt" IS NULL`,
    [hash, at],
  );
  const token = rows[0];
  if (!token) return { kind: "unknown" };
  if (token.confirmed) return { kind: "alreadyConfirmed", reference: token.reference, windowNumber: token.windowNumber };
  if (token.expired) return { kind: "expired" };
  return { kind: "used" };
}

export function confirmByLink(db: Queryable, link: string, now: Date): Promise<ConfirmOutcome> {
  return confirmByHash(db, linkHash(link), now);
}

/** The code from the mail, typed with the reference shown on the receipt; tries per reference are capped. */
export async function confirmByCode(db: Queryable, reference: string, code: string, now: Date): Promise<ConfirmOutcome> {
  const { rows } = await db.query<{ count: number }>(
    `INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ($1, $2::timestamp, 1)
     ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
     RETURNING count`,
    [`code:${reference}`, hourBucket(now)],
  );
  if (rows[0]!.count > CODE_ATTEMPTS_PER_HOUR) return { kind: "tooManyAttempts" };
  return confirmByHash(db, codeHash(reference, code), now);
}

export type NewLinkMails = {
  newLink: (locale: AppLocale, mail: { reference: string; url: string; code: string }) => RenderedMail;
  alreadyEntered: (locale: AppLocale, mail: { reference: string; windowNumber: number; pageUrl: string }) => RenderedMail;
};

/**
 * "Send me a new link": whatever the address, the caller answers the same. Only the mailbox
 * learns something: a new link and code for its newest unconfirmed entry of a window still open
 * (or in its grace period), or the reference of its confirmed one. Mails are capped per recipient.
 */
export async function requestNewLink(
  db: Queryable,
  email: string,
  context: { locale: AppLocale; now: Date; secret: string; graceMs: number; mailCap: number; mails: NewLinkMails },
): Promise<void> {
  const { now, locale } = context;
  const { rows } = await db.query<{ id: string; reference: string; windowNumber: number; confirmed: boolean }>(
    `SELECT e.id, e.reference, e."windowNumber", e."confirmedAt" IS NOT NULL AS confirmed
     FROM "Entry" e JOIN "EntryWindow" w ON w.number = e."windowNumber"
     WHERE e."emailKey" = $1 AND e."erasedAt" IS NULL
       AND w."opensAt" <= $2::timestamp AND w."closesAt" + $3::bigint * interval '1 millisecond' > $2::timestamp
     ORDER BY e."confirmedAt" IS NULL, e."submittedAt" DESC
     LIMIT 1`,
    [emailKey(email), now.toISOString(), context.graceMs],
  );
  const entry = rows[0];
  if (!entry) return;
  const limits = { now, secret: context.secret, cap: context.mailCap };
  if (entry.confirmed) {
    const pageUrl = entrantPageUrl(locale, await issueEntrantLink(db, entry.reference, now));
    const mail = context.mails.alreadyEntered(locale, { ...entry, pageUrl });
    await enqueueCappedEmail(db, { to: email, entryId: entry.id, ...mail }, limits);
    return;
  }
  const secrets = newConfirmationSecrets();
  const mail = context.mails.newLink(locale, { reference: entry.reference, url: confirmationUrl(locale, secrets.link), code: secrets.code });
  await db.query(
    `WITH entry AS (
       SELECT e.id, w."closesAt" FROM "Entry" e JOIN "EntryWindow" w ON w.number = e."windowNumber" WHERE e.id = $1::uuid
     )
     ${confirmationTokensInsert({ linkHash: "$2", codeHash: "$3", at: "$4", graceMs: "$5", source: "entry" })}`,
    [entry.id, linkHash(secrets.link), codeHash(entry.reference, secrets.code), now.toISOString(), context.graceMs],
  );
  await enqueueCappedEmail(db, { to: email, entryId: entry.id, ...mail }, limits);
}

/** Deletes entries never confirmed whose window closed more than the grace period ago (with their photos and tokens). */
export async function deleteUnconfirmedEntries(db: Queryable, now: Date, graceMs: number): Promise<number> {
  const result = await db.query(
    `DELETE FROM "Entry" e USING "EntryWindow" w
     WHERE w.number = e."windowNumber" AND e."confirmedAt" IS NULL
       AND w."closesAt" + $2::bigint * interval '1 millisecond' < $1::timestamp`,
    [now.toISOString(), graceMs],
  );
  return result.rowCount ?? 0;
}
