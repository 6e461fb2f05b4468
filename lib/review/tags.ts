import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { MAX_TAGS_PER_ENTRY } from "@/lib/validation/tags";
import type { LockedEntry, Verdict } from "./bulk";

/**
 * Staff labels on entries ("SNS候補"): free text, bounded in length (lib/validation/tags.ts) and
 * in number per entry, filterable in the list (Entry.tags, GIN-indexed). Not personal data, so
 * they stay through erasure, and the audit rows may carry them.
 */

export function tagVerdict(entry: LockedEntry, tag: string, mode: "add" | "remove"): Verdict {
  if (entry.erasedAt) return { refuse: "bulk.erased" };
  const has = entry.tags.includes(tag);
  if (mode === "remove") return has ? "change" : "unchanged";
  if (has) return "unchanged";
  return entry.tags.length < MAX_TAGS_PER_ENTRY ? "change" : { refuse: "bulk.tooManyTags" };
}

async function writeTags(tx: Prisma.TransactionClient, actor: Actor, entries: LockedEntry[], next: (tags: string[]) => string[]) {
  const receipts: AuditReceipt[] = [];
  for (const entry of entries) {
    const tags = next(entry.tags);
    await tx.entry.update({ where: { id: entry.id }, data: { tags } });
    receipts.push(await recordAudit(tx, { actorId: actor.id, action: "entry.tags", entityType: "entry", entityId: entry.id, before: { tags: entry.tags }, after: { tags } }));
  }
  return receipts;
}

export const addTagTo = (tx: Prisma.TransactionClient, actor: Actor, entries: LockedEntry[], tag: string) =>
  writeTags(tx, actor, entries, (tags) => [...tags, tag]);

export const removeTagFrom = (tx: Prisma.TransactionClient, actor: Actor, entries: LockedEntry[], tag: string) =>
  writeTags(tx, actor, entries, (tags) => tags.filter((t) => t !== tag));

