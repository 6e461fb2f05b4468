import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { ERASED_VALUES } from "@/lib/entries/columns";
import { dropOpenAssignments } from "./assignments";
import { assertAdmin, ReviewError } from "./errors";
import { lockEntry } from "./workflow";

/**
 * Erases an entrant's personal data on their request: name, email, pen name, country, story text
 * and photo go; the published story and queued emails to them go too. The entry row stays, with
 * its reference, status (featured becomes shortlisted), window, role, language, scores and comments, so the review history and
 * the audit trail remain. The audit log never held personal data, so it needs no change.
 * With `confirmReference`, the erasure happens only if it is the entry's reference code (the
 * console asks staff to type it, so an erasure is never one stray click).
 */
export async function eraseEntry(
  db: PrismaClient,
  actor: Actor,
  entryId: string,
  { confirmReference, now = new Date() }: { confirmReference?: string; now?: Date } = {},
): Promise<AuditReceipt> {
  assertAdmin(actor);
  return db.$transaction((tx) => eraseEntryIn(tx, actor, entryId, { confirmReference, now }));
}

/** The erasure inside the caller's transaction (an entrant's erasure request completes with it). */
export async function eraseEntryIn(
  tx: Prisma.TransactionClient,
  actor: Actor,
  entryId: string,
  { confirmReference, now }: { confirmReference?: string; now: Date },
): Promise<AuditReceipt> {
  const entry = await lockEntry(tx, entryId);
  if (confirmReference !== undefined) {
    const { reference } = await tx.entry.findUniqueOrThrow({ where: { id: entryId }, select: { reference: true } });
    if (confirmReference.trim().toUpperCase() !== reference) throw new ReviewError("eraseConfirm");
  }
  if (entry.erasedAt) throw new ReviewError("alreadyErased");
  const [photo, featured] = await Promise.all([
    tx.entryPhoto.deleteMany({ where: { entryId } }),
    tx.featuredStory.deleteMany({ where: { entryId } }),
  ]);
  await tx.outboxEmail.deleteMany({ where: { entryId } });
  await dropOpenAssignments(tx, entryId);
  // Its story is gone from the site, so it is no longer featured (as when unpublished).
  const status = entry.status === "featured" ? "shortlisted" : entry.status;
  await tx.entry.update({
    where: { id: entryId },
    data: { ...ERASED_VALUES, erasedAt: now, status },
  });
  return recordAudit(tx, {
    actorId: actor.id,
    action: "entry.erase",
    entityType: "entry",
    entityId: entryId,
    before: { status: entry.status, photo: photo.count > 0, featured: featured.count > 0 },
    after: { erasedAt: now.toISOString(), status },
  });
}
