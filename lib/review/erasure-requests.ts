import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import type { AuditReceipt } from "@/lib/audit/log";
import { ENTRANT_PAGE_MAILS } from "@/lib/mail/entrant-page";
import { eraseEntryIn } from "./erasure";
import { assertAdmin, ReviewError } from "./errors";

/**
 * Erasure requests entrants file on their page (docs/decisions/0027-entrant-page.md), waiting in
 * the console for an admin, oldest first.
 */
export const ERASURE_QUEUE_LIMIT = 200;

export async function listPendingErasureRequests(db: PrismaClient) {
  return db.erasureRequest.findMany({
    where: { completedAt: null },
    orderBy: { requestedAt: "asc" },
    take: ERASURE_QUEUE_LIMIT,
    select: { id: true, entryId: true, requestedAt: true, locale: true, entry: { select: { reference: true, windowNumber: true, status: true } } },
  });
}

/** The latest completed requests, newest first: what the admin who just completed one sees it go to. */
export const COMPLETED_SHOWN = 20;

export async function listCompletedErasureRequests(db: PrismaClient) {
  return db.erasureRequest.findMany({
    where: { completedAt: { not: null } },
    orderBy: { completedAt: "desc" },
    take: COMPLETED_SHOWN,
    select: { id: true, entryId: true, requestedAt: true, completedAt: true, entry: { select: { reference: true } } },
  });
}

/**
 * Completes a request: erases the entry (lib/review/erasure.ts, confirmed by typing its
 * reference) and, in the same transaction, marks the request done and writes the mail telling the
 * entrant, in the language they asked in. The address is read before the erasure removes it; the
 * mail is not tied to the entry (whose queued mails the erasure deletes) and not capped: staff
 * send it once per entry, never at a visitor's request.
 */
export async function completeErasureRequest(
  db: PrismaClient,
  actor: Actor,
  requestId: string,
  { confirmReference, now = new Date() }: { confirmReference: string; now?: Date },
): Promise<AuditReceipt> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const request = await tx.erasureRequest.findUnique({
      where: { id: requestId },
      select: { entryId: true, locale: true, completedAt: true, entry: { select: { email: true, reference: true } } },
    });
    if (!request) throw new ReviewError("notFound");
    if (request.completedAt) throw new ReviewError("alreadyErased");
    const receipt = await eraseEntryIn(tx, actor, request.entryId, { confirmReference, now });
    await tx.erasureRequest.update({ where: { id: requestId }, data: { completedAt: now } });
    if (request.entry.email) {
      const mail = ENTRANT_PAGE_MAILS.erasureDone(request.locale, request.entry);
      await tx.outboxEmail.create({ data: { id: randomUUID(), to: request.entry.email, ...mail, createdAt: now } });
    }
    return receipt;
  });
}
