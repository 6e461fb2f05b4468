import "server-only";
import { openWindowCondition } from "@/lib/campaign/state";
import type { Queryable } from "@/lib/db/queryable";
import type { ConsentKind, Locale, Role } from "@/lib/generated/prisma/enums";
import type { EntryInput } from "@/lib/validation/entry";
import { countCharacters } from "@/lib/validation/text";
import type { RenderedMail } from "@/lib/mail/layout";
import { recipientBucketCte } from "@/lib/mail/recipient-cap";
import { STORED_COLUMNS, type StoredColumn } from "./columns";
import { confirmationTokensInsert } from "./confirmation";
import { entrantLinkInsert } from "./entrant-page";
import type { StoredPhoto } from "./photo";

export type NewEntry = {
  id: string;
  reference: string;
  windowNumber: number;
  submissionKey: string;
  input: EntryInput;
  photo: StoredPhoto | null;
  consents: { kind: ConsentKind; textVersion: string }[];
  /** The confirmation mail, its secrets' hashes, and the limits they obey. */
  confirmation: RenderedMail & { linkHash: string; codeHash: string; entrantLinkHash: string };
  mailLimits: { recipientKey: string; hourBucket: string; cap: number; graceMs: number };
  now: Date;
};

/** What the entrant sees after a successful entry (never shown on a public page). */
export type Receipt = {
  reference: string;
  windowNumber: number;
  submittedAt: Date;
  email: string;
  penName: string;
  title: string;
  role: Role;
  language: Locale;
  storyCharacters: number;
  km: number | null;
  hasPhoto: boolean;
};

export type StoreOutcome =
  /**
   * Stored, unconfirmed. With `confirmedReference` the address already has a confirmed entry in
   * the window: no confirmation was mailed (the caller mails the reference instead).
   */
  | { kind: "stored"; confirmedReference: string | null }
  /** The same form (submission key) was stored before: a double click, a reload or a retry. */
  | { kind: "alreadyStored"; receipt: Receipt }
  | { kind: "windowClosed" }
  | { kind: "interviewNotFound" }
  /** The random reference code exists already: draw another and try again. */
  | { kind: "referenceTaken" };

/** The receipt an entry will have once stored (the confirmation email is written from it). */
export function receiptFor(entry: Pick<NewEntry, "reference" | "windowNumber" | "now" | "input" | "photo">): Receipt {
  const { input } = entry;
  return {
    reference: entry.reference,
    windowNumber: entry.windowNumber,
    submittedAt: entry.now,
    email: input.email,
    penName: input.penName,
    title: input.title,
    role: input.role,
    language: input.language,
    storyCharacters: countCharacters(input.story),
    km: input.km ?? null,
    hasPhoto: entry.photo !== null,
  };
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Writes the entry, its consents, its photo, its confirmation secrets, the link to its page and its
 * email in ONE statement, so they are stored together or not at all, and only if `windowNumber`
 * is open at `now` (checked
 * by the database at the moment of writing). A unique submission key makes a resubmission of the
 * same form a no-op (the existing entry is reported). The entry is unconfirmed: it never blocks
 * its address, which may hold one confirmed entry per window (lib/entries/confirmation.ts). The
 * mail counts against its recipient's hourly cap and is not written beyond it.
 */
export async function storeEntry(db: Queryable, entry: NewEntry): Promise<StoreOutcome> {
  const { input, photo } = entry;
  const p = parameters({
    at: entry.now.toISOString(),
    id: entry.id,
    window: entry.windowNumber,
    reference: entry.reference,
    submissionKey: entry.submissionKey,
    name: input.name,
    email: input.email,
    emailKey: emailKey(input.email),
    penName: input.penName,
    country: input.country,
    role: input.role,
    connectedWith: input.connectedWith,
    title: input.title,
    story: input.story,
    myTokyoMarathonIs: input.myTokyoMarathonIs,
    km: input.km ?? null,
    interview: input.referencedInterviewId ?? null,
    language: input.language,
    consentKinds: entry.consents.map((consent) => consent.kind),
    consentVersions: entry.consents.map((consent) => consent.textVersion),
    photoType: photo?.mimeType ?? null,
    photoWidth: photo?.width ?? null,
    photoHeight: photo?.height ?? null,
    photoData: photo?.data ?? null,
    subject: entry.confirmation.subject,
    text: entry.confirmation.text,
    html: entry.confirmation.html,
    linkHash: entry.confirmation.linkHash,
    codeHash: entry.confirmation.codeHash,
    entrantLinkHash: entry.confirmation.entrantLinkHash,
    graceMs: entry.mailLimits.graceMs,
    recipientKey: entry.mailLimits.recipientKey,
    hourBucket: entry.mailLimits.hourBucket,
    mailCap: entry.mailLimits.cap,
  });
  // Every column the INSERT writes, as SQL: typed over the classification, so none can be left out.
  const inserted: Record<StoredColumn, string> = {
    id: `${p.id}::uuid`,
    reference: p.reference,
    windowNumber: "number",
    submissionKey: p.submissionKey,
    name: p.name,
    email: p.email,
    emailKey: p.emailKey,
    penName: p.penName,
    country: p.country,
    role: `${p.role}::"Role"`,
    connectedWith: p.connectedWith,
    title: p.title,
    story: p.story,
    myTokyoMarathonIs: p.myTokyoMarathonIs,
    km: `${p.km}::int`,
    referencedInterviewId: "(SELECT id FROM interview)",
    language: `${p.language}::"Locale"`,
    submittedAt: `${p.at}::timestamp`,
  };
  const { rows } = await db.query<{ stored: boolean; windowOpen: boolean; interviewFound: boolean; confirmedReference: string | null }>({
    // Named, so each connection plans this statement once.
    name: "entries.store",
    text: `WITH open_window AS (
       SELECT number, "closesAt" FROM "EntryWindow"
       WHERE number = ${p.window} AND ${openWindowCondition(p.at)}
     ),
     interview AS (
       SELECT id FROM "Interview" WHERE id = ${p.interview}::int AND published
     ),
     entry AS (
       INSERT INTO "Entry" (${STORED_COLUMNS.map((column) => `"${column}"`).join(", ")})
       SELECT ${STORED_COLUMNS.map((column) => inserted[column]).join(", ")}
       FROM open_window
       WHERE ${p.interview}::int IS NULL OR EXISTS (SELECT 1 FROM interview)
       ON CONFLICT DO NOTHING
       RETURNING id
     ),
     consent AS (
       INSERT INTO "EntryConsent" ("entryId", kind, "textVersion", "agreedAt")
       SELECT entry.id, agreed.kind::"ConsentKind", agreed.version, ${p.at}::timestamp
       FROM entry, unnest(${p.consentKinds}::text[], ${p.consentVersions}::text[]) AS agreed(kind, version)
     ),
     photo AS (
       INSERT INTO "EntryPhoto" ("entryId", "mimeType", width, height, "byteSize", data)
       SELECT entry.id, ${p.photoType}, ${p.photoWidth}::int, ${p.photoHeight}::int, octet_length(${p.photoData}::bytea),
              ${p.photoData}::bytea
       FROM entry WHERE ${p.photoData}::bytea IS NOT NULL
     ),
     confirmed AS (
       SELECT reference FROM "Entry" WHERE "windowNumber" = ${p.window} AND "confirmedEmailKey" = ${p.emailKey}
     ),
     unconfirmed AS (
       SELECT entry.id, open_window."closesAt" FROM entry, open_window WHERE NOT EXISTS (SELECT 1 FROM confirmed)
     ),
     tokens AS (
       ${confirmationTokensInsert({ linkHash: p.linkHash, codeHash: p.codeHash, at: p.at, graceMs: p.graceMs, source: "unconfirmed" })}
     ),
     page_link AS (
       ${entrantLinkInsert({ hash: p.entrantLinkHash, at: p.at, source: "unconfirmed" })}
     ),
     ${recipientBucketCte({ key: p.recipientKey, bucket: p.hourBucket, source: "unconfirmed" })},
     mail AS (
       INSERT INTO "OutboxEmail" (id, "entryId", "to", subject, text, html, "createdAt")
       SELECT gen_random_uuid(), unconfirmed.id, ${p.email}, ${p.subject}, ${p.text}, ${p.html}, ${p.at}::timestamp
       FROM unconfirmed, recipient WHERE recipient.count <= ${p.mailCap}::int
     )
     SELECT EXISTS (SELECT 1 FROM entry) AS stored,
            (SELECT reference FROM confirmed) AS "confirmedReference",
            EXISTS (SELECT 1 FROM open_window) AS "windowOpen",
            (${p.interview}::int IS NULL OR EXISTS (SELECT 1 FROM interview)) AS "interviewFound"`,
    values: p.values,
  });
  const result = rows[0]!;
  if (result.stored) return { kind: "stored", confirmedReference: result.confirmedReference };
  if (!result.windowOpen) return { kind: "windowClosed" };
  if (!result.interviewFound) return { kind: "interviewNotFound" };
  return existingEntry(db, entry);
}

/** Numbered placeholders ($1, $2…) by name, and the values in their order. */
function parameters<T extends Record<string, unknown>>(named: T): Record<keyof T, string> & { values: unknown[] } {
  const names = Object.keys(named);
  const placeholders = Object.fromEntries(names.map((name, index) => [name, `$${index + 1}`]));
  return { ...(placeholders as Record<keyof T, string>), values: Object.values(named) };
}

/** After a conflict: the entry that holds this submission key, if any (else the reference was taken). */
async function existingEntry(db: Queryable, entry: NewEntry): Promise<StoreOutcome> {
  const { rows } = await db.query<{
    reference: string;
    windowNumber: number;
    submittedAt: Date;
    email: string | null;
    penName: string;
    title: string;
    role: Role;
    language: Locale;
    story: string;
    km: number | null;
    hasPhoto: boolean;
  }>(
    `SELECT e.reference, e."windowNumber",
            e."submittedAt" AT TIME ZONE 'UTC' AS "submittedAt", e.email, e."penName", e.title, e.role,
            e.language, e.story, e.km, EXISTS (SELECT 1 FROM "EntryPhoto" p WHERE p."entryId" = e.id) AS "hasPhoto"
     FROM "Entry" e
     WHERE e."submissionKey" = $1`,
    [entry.submissionKey],
  );
  const row = rows[0];
  if (!row) return { kind: "referenceTaken" };
  return {
    kind: "alreadyStored",
    receipt: {
      reference: row.reference,
      windowNumber: row.windowNumber,
      submittedAt: row.submittedAt,
      email: row.email ?? "",
      penName: row.penName,
      title: row.title,
      role: row.role,
      language: row.language,
      storyCharacters: countCharacters(row.story),
      km: row.km,
      hasPhoto: row.hasPhoto,
    },
  };
}
