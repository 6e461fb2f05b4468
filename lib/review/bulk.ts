import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/sessions";
import { Refusal } from "@/lib/admin/refusal";
import type { AdminErrorKey } from "@/lib/admin/action-state";
import type { AuditReceipt } from "@/lib/audit/log";
import { BULK_LIMIT, type BulkSelection } from "@/lib/validation/bulk";
import { parseEntryFilter, type EntryFilter } from "./filters";
import { effectiveFilter, entryConditions, whereClause } from "./list";
import { manualTransitions } from "./status";
import { addTagTo, removeTagFrom, tagVerdict } from "./tags";
import { assertAdmin } from "./errors";
import { setStatus } from "./workflow";

/**
 * Bulk actions on entries of the list (issue 12, item 5). Each one resolves its selection to
 * entry ids, locks those entries in one transaction, asks of every entry whether it may change,
 * and refuses the whole action (changing nothing) if any may not; otherwise it changes the
 * others, with one audit row per changed entry. Entries already as asked are left out and
 * counted. Assigning reviewers plugs in here too: lib/review/assignments.ts's assignEntries
 * (branch review-queue) takes the ids `selectedEntryIds` resolves.
 */

/** How many refused references the message names. */
const NAMED_REFUSALS = 5;

export type LockedEntry = { id: string; reference: string; status: EntryStatus; erasedAt: Date | null; tags: string[] };

/** What a bulk action would do to one entry: change it, leave it (already so), or refuse with a reason. */
export type Verdict = "change" | "unchanged" | { refuse: AdminErrorKey };

export type BulkSummary = { changed: number; unchanged: number; audit: AuditReceipt[] };

/** The filter of "all matching", parsed like the list page parses its URL. */
export function selectionFilter(query: string, viewer: Actor): EntryFilter {
  return effectiveFilter(parseEntryFilter(new URLSearchParams(query)), viewer);
}

export async function countMatching(db: PrismaClient, viewer: Actor, filter: EntryFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM "Entry" e ${whereClause(entryConditions(filter, viewer))}`;
  return row?.count ?? 0;
}

/**
 * The entries a selection names: the checked rows, the page's rows, or every entry matching the
 * list's filter, which the form confirmed by its number (the list may have changed since).
 */
export async function selectedEntryIds(db: PrismaClient, viewer: Actor, selection: BulkSelection): Promise<string[]> {
  if (selection.scope !== "filter") {
    const ids = [...new Set(selection.ids)];
    if (ids.length === 0) throw new Refusal("bulk.noneSelected");
    return ids;
  }
  const filter = selectionFilter(selection.query, viewer);
  const count = await countMatching(db, viewer, filter);
  if (count > BULK_LIMIT) throw new Refusal("bulk.tooMany", { params: { count, limit: BULK_LIMIT } });
  if (count !== selection.confirmed) throw new Refusal("bulk.selectionChanged", { params: { count } });
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e."id" FROM "Entry" e ${whereClause(entryConditions(filter, viewer))} LIMIT ${BULK_LIMIT}`;
  return rows.map((r) => r.id);
}

/**
 * Locks the entries (in id order, so two bulk actions over overlapping rows queue instead of
 * deadlocking), refuses the whole action if any is missing or may not change, and applies the
 * change to the others.
 */
async function changeEntries(
  db: PrismaClient,
  ids: string[],
  verdict: (entry: LockedEntry) => Verdict,
  apply: (tx: Prisma.TransactionClient, entries: LockedEntry[]) => Promise<AuditReceipt[]>,
): Promise<BulkSummary> {
  if (ids.length > BULK_LIMIT) throw new Refusal("bulk.tooMany", { params: { count: ids.length, limit: BULK_LIMIT } });
  return db.$transaction(
    async (tx) => {
      const entries = await tx.$queryRaw<(LockedEntry & { tags: string[] | null })[]>`
        SELECT "id", "reference", "status", "erasedAt", "tags" FROM "Entry"
        WHERE "id" = ANY(CAST(${ids} AS uuid[])) AND "confirmedAt" IS NOT NULL ORDER BY "id" FOR UPDATE`;
      if (entries.length < ids.length) throw new Refusal("bulk.missing", { params: { count: ids.length - entries.length } });
      const toChange: LockedEntry[] = [];
      const refused: { reference: string; key: AdminErrorKey }[] = [];
      for (const row of entries) {
        const entry = { ...row, tags: row.tags ?? [] };
        const v = verdict(entry);
        if (v === "change") toChange.push(entry);
        else if (v !== "unchanged") refused.push({ reference: entry.reference, key: v.refuse });
      }
      if (refused.length > 0) {
        // The message names the first reason; the references let staff find every refused row.
        const references = refused.slice(0, NAMED_REFUSALS).map((r) => r.reference).join(", ") + (refused.length > NAMED_REFUSALS ? ", …" : "");
        throw new Refusal(refused[0]!.key, { params: { count: refused.length, references } });
      }
      if (toChange.length === 0) throw new Refusal("bulk.nothingToChange", { params: { count: entries.length } });
      return { changed: toChange.length, unchanged: entries.length - toChange.length, audit: await apply(tx, toChange) };
    },
    // Up to BULK_LIMIT updates and audit rows: more than the default 5 s on a busy machine.
    { timeout: 60_000 },
  );
}

/** Shortlists or declines entries, each by a move the workflow allows from its current status. */
export async function bulkSetStatus(db: PrismaClient, actor: Actor, ids: string[], to: EntryStatus): Promise<BulkSummary> {
  assertAdmin(actor);
  return changeEntries(
    db,
    ids,
    (entry) => {
      if (entry.erasedAt) return { refuse: "bulk.erased" };
      if (entry.status === to) return "unchanged";
      return manualTransitions(entry.status).includes(to) ? "change" : { refuse: "bulk.transitionNotAllowed" };
    },
    async (tx, entries) => {
      const receipts: AuditReceipt[] = [];
      for (const entry of entries) receipts.push(await setStatus(tx, actor.id, entry.id, entry.status, to));
      return receipts;
    },
  );
}

/** Attaches a label to entries, or takes it off. */
export async function bulkTag(db: PrismaClient, actor: Actor, ids: string[], tag: string, mode: "add" | "remove"): Promise<BulkSummary> {
  return changeEntries(
    db,
    ids,
    (entry) => tagVerdict(entry, tag, mode),
    (tx, entries) => (mode === "add" ? addTagTo(tx, actor, entries, tag) : removeTagFrom(tx, actor, entries, tag)),
  );
}
