import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { assertAdmin, ReviewError } from "./errors";
import { manualTransitions } from "./status";

/**
 * Locks an entry for the rest of the transaction and returns what the workflow needs. An entry
 * whose address is not confirmed is not there for the console (decision 20).
 */
export async function lockEntry(tx: Prisma.TransactionClient, entryId: string) {
  const [entry] = await tx.$queryRaw<{ id: string; status: EntryStatus; erasedAt: Date | null }[]>`
    SELECT "id", "status", "erasedAt" FROM "Entry"
    WHERE "id" = CAST(${entryId} AS uuid) AND "confirmedAt" IS NOT NULL FOR UPDATE`;
  if (!entry) throw new ReviewError("notFound");
  return entry;
}

/** A status button: only the moves the workflow allows from the entry's current status. */
export async function changeStatus(db: PrismaClient, actor: Actor, entryId: string, to: EntryStatus): Promise<AuditReceipt> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, entryId);
    if (!manualTransitions(entry.status).includes(to)) throw new ReviewError("transitionNotAllowed");
    return setStatus(tx, actor.id, entryId, entry.status, to);
  });
}

/** Moves an entry from `from` to another status `to`, with its audit row (actorId null: the entrant's own doing). */
export async function setStatus(tx: Prisma.TransactionClient, actorId: string | null, entryId: string, from: EntryStatus, to: EntryStatus) {
  await tx.entry.update({ where: { id: entryId }, data: { status: to } });
  return recordAudit(tx, { actorId, action: "entry.status", entityType: "entry", entityId: entryId, before: { status: from }, after: { status: to } });
}
