import "server-only";
import { randomUUID } from "node:crypto";
import type { AppLocale } from "@/i18n/routing";
import { recordAudit } from "@/lib/audit/log";
import { takeOffSite } from "@/lib/featured/feature";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { ENTRANT_PAGE_MAILS } from "@/lib/mail/entrant-page";
import type { RenderedMail } from "@/lib/mail/layout";
import { enqueueCappedEmailIn } from "@/lib/mail/recipient-cap";

/**
 * What an entrant can take back on their page (docs/decisions/0027-entrant-page.md): the entry
 * itself until its window closes, the permission to publish, and their data (a request an admin
 * completes). Each is one transaction: the change, its audit row (actor null: the entrant) and
 * the mail saying so are written together or not at all. `entryId` always comes from the
 * entrant's session, never from the form.
 */
export type EntrantContext = { now: Date; locale: AppLocale; mailLimits: { secret: string; cap: number } };

export type EntrantActionOutcome =
  /** `publicPagesChanged`: a published story left the site; the caller re-renders the public pages. */
  | { kind: "done"; publicPagesChanged: boolean }
  | { kind: "windowClosed" }
  /** Withdrawn or requested before: nothing to do. */
  | { kind: "alreadyDone" }
  /** The entry is gone or erased. */
  | { kind: "gone" };

type OwnEntry = { id: string; reference: string; email: string | null; status: EntryStatus; confirmed: boolean; windowOpen: boolean; published: boolean };

async function lockOwnEntry(tx: Prisma.TransactionClient, entryId: string, now: Date): Promise<OwnEntry | null> {
  const [entry] = await tx.$queryRaw<OwnEntry[]>`
    SELECT e.id, e.reference, e.email, e.status, e."confirmedAt" IS NOT NULL AS confirmed,
           w."closesAt" > CAST(${now.toISOString()} AS timestamp) AS "windowOpen",
           EXISTS (SELECT 1 FROM "FeaturedStory" f WHERE f."entryId" = e.id AND f."publishedAt" IS NOT NULL) AS published
    FROM "Entry" e JOIN "EntryWindow" w ON w.number = e."windowNumber"
    WHERE e.id = CAST(${entryId} AS uuid) AND e."erasedAt" IS NULL
    FOR UPDATE OF e`;
  return entry ?? null;
}

async function mailEntrant(tx: Prisma.TransactionClient, entry: OwnEntry, mail: RenderedMail, context: EntrantContext) {
  // Not tied to the entry: a withdrawn entry's row is gone, an erased one's mails are deleted.
  await enqueueCappedEmailIn(tx, { to: entry.email!, entryId: null, ...mail }, { now: context.now, ...context.mailLimits });
}

/** Deletes the entry (with its photo, consents, scores, tokens and published story) while its window is open. */
export async function withdrawEntry(db: PrismaClient, entryId: string, context: EntrantContext): Promise<EntrantActionOutcome> {
  return db.$transaction(async (tx) => {
    const entry = await lockOwnEntry(tx, entryId, context.now);
    if (!entry) return { kind: "gone" };
    if (!entry.windowOpen) return { kind: "windowClosed" };
    await tx.entry.delete({ where: { id: entryId } });
    await recordAudit(tx, {
      actorId: null,
      action: "entry.withdraw",
      entityType: "entry",
      entityId: entryId,
      before: { reference: entry.reference, status: entry.status, confirmed: entry.confirmed, published: entry.published },
      after: null,
    });
    await mailEntrant(tx, entry, ENTRANT_PAGE_MAILS.withdrawn(context.locale, entry), context);
    return { kind: "done", publicPagesChanged: entry.published };
  });
}

/** Withdraws the permission to publish; a published story leaves the site with it. */
export async function withdrawPublication(db: PrismaClient, entryId: string, context: EntrantContext): Promise<EntrantActionOutcome> {
  return db.$transaction(async (tx) => {
    const entry = await lockOwnEntry(tx, entryId, context.now);
    if (!entry) return { kind: "gone" };
    const { count } = await tx.entryConsent.updateMany({
      where: { entryId, kind: "publication", withdrawnAt: null },
      data: { withdrawnAt: context.now },
    });
    if (count === 0) return { kind: "alreadyDone" };
    await recordAudit(tx, {
      actorId: null,
      action: "entry.publication_withdrawn",
      entityType: "entry",
      entityId: entryId,
      before: { publicationConsent: true, published: entry.published },
      after: { publicationConsent: false, published: false },
    });
    const unpublished = (await takeOffSite(tx, null, entry)) !== null;
    await mailEntrant(tx, entry, ENTRANT_PAGE_MAILS.publicationWithdrawn(context.locale, { reference: entry.reference, unpublished }), context);
    return { kind: "done", publicPagesChanged: unpublished };
  });
}

/** Files a request to erase the entry's personal data; it waits in the console for an admin. */
export async function requestErasure(db: PrismaClient, entryId: string, context: EntrantContext): Promise<EntrantActionOutcome> {
  return db.$transaction(async (tx) => {
    const entry = await lockOwnEntry(tx, entryId, context.now);
    if (!entry?.confirmed) return { kind: "gone" };
    const { count } = await tx.erasureRequest.createMany({
      data: { id: randomUUID(), entryId, locale: context.locale, requestedAt: context.now },
      skipDuplicates: true,
    });
    if (count === 0) return { kind: "alreadyDone" };
    await recordAudit(tx, { actorId: null, action: "entry.erasure_requested", entityType: "entry", entityId: entryId, after: { requestedAt: context.now.toISOString() } });
    await mailEntrant(tx, entry, ENTRANT_PAGE_MAILS.erasureRequested(context.locale, entry), context);
    return { kind: "done", publicPagesChanged: false };
  });
}
