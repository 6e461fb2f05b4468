import "server-only";
import { randomInt } from "node:crypto";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit, recordAudits, type AuditReceipt } from "@/lib/audit/log";
import { assertAdmin, ReviewError } from "./errors";
import type { EntryFilter } from "./filters";
import { entryConditions, whereClause } from "./list";

type Tx = Prisma.TransactionClient;

/** One assignment action changes at most this many entries (bounded work per request). */
export const MAX_ASSIGNED_ENTRIES = 20_000;
export const DEFAULT_REVIEWS_PER_ENTRY = 2;

/**
 * How many reviewers each entry should end with: a number tops every entry up to that many
 * distinct reviewers (counting those it already has), drawing the missing ones from the listed
 * reviewers; "each" gives every listed reviewer every entry (assigning by hand).
 */
export type PerEntry = number | "each";

export type AssignmentRequest = {
  entryIds: readonly string[];
  reviewerIds: readonly string[];
  actor: Actor;
  /** The setting `reviewsPerEntry` when omitted. */
  perEntry?: PerEntry;
};

export type AssignmentResult = {
  /** Entries that gained at least one reviewer (one audit row each). */
  changedEntries: number;
  /** Assignments created. */
  created: number;
  /** Entries still short of `perEntry` reviewers: too few listed reviewers could take them. */
  shortEntries: number;
  audit: AuditReceipt[];
};

export async function reviewsPerEntry(db: PrismaClient | Tx): Promise<number> {
  const settings = await db.campaignSettings.findUnique({ where: { id: 1 }, select: { reviewsPerEntry: true } });
  return settings?.reviewsPerEntry ?? DEFAULT_REVIEWS_PER_ENTRY;
}

/** Staff who can be given entries to score: active reviewer accounts. */
export function assignableReviewers(db: PrismaClient | Tx) {
  return db.staffUser.findMany({
    where: { role: "reviewer", disabledAt: null },
    orderBy: [{ displayName: "asc" }, { id: "asc" }],
    select: { id: true, displayName: true },
  });
}

async function requireReviewers(tx: Tx, reviewerIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(reviewerIds)];
  const found = await tx.staffUser.count({ where: { id: { in: unique }, role: "reviewer", disabledAt: null } });
  if (unique.length === 0 || found !== unique.length) throw new ReviewError("reviewerUnavailable");
  return unique;
}

/** Fisher–Yates with a cryptographic source: nobody can steer who reviews what. */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/**
 * Assigns entries to reviewers in one transaction, one audit row ("entry.assign") per entry that
 * gained a reviewer, or refuses whole: an entry that is missing, unconfirmed or erased, a
 * reviewer who is not an active reviewer, more than MAX_ASSIGNED_ENTRIES entries, or nothing to
 * change. Entries are taken in random order and each missing place goes to the least-loaded
 * listed reviewer (load counted in the entries' windows; ties broken at random), so from an even
 * start the loads differ by at most one. Nobody is given an entry they declared a conflict on.
 */
export async function assignEntries(db: PrismaClient, { entryIds, reviewerIds, actor, perEntry }: AssignmentRequest): Promise<AssignmentResult> {
  assertAdmin(actor);
  const ids = [...new Set(entryIds)];
  if (ids.length > MAX_ASSIGNED_ENTRIES) throw new ReviewError("tooManyToAssign", { params: { max: MAX_ASSIGNED_ENTRIES } });
  return db.$transaction(
    async (tx) => {
      const reviewers = await requireReviewers(tx, reviewerIds);
      const wanted = perEntry ?? (await reviewsPerEntry(tx));
      const entries = ids.length
        ? await tx.$queryRaw<{ id: string; windowNumber: number; submittedAt: Date }[]>`
            SELECT "id", "windowNumber", "submittedAt" FROM "Entry"
            WHERE "id" = ANY(CAST(${ids} AS uuid[])) AND "confirmedAt" IS NOT NULL AND "erasedAt" IS NULL
            ORDER BY "id" FOR UPDATE`
        : [];
      if (entries.length !== ids.length) throw new ReviewError("notFound");

      const [existing, conflicts, loads] = await Promise.all([
        tx.assignment.findMany({ where: { entryId: { in: ids } }, select: { entryId: true, reviewerId: true } }),
        tx.reviewConflict.findMany({ where: { entryId: { in: ids } }, select: { entryId: true, reviewerId: true } }),
        tx.assignment.groupBy({
          by: ["reviewerId"],
          where: { reviewerId: { in: reviewers }, windowNumber: { in: [...new Set(entries.map((e) => e.windowNumber))] } },
          _count: { _all: true },
        }),
      ]);
      const assigned = groupByEntry(existing);
      const barred = groupByEntry(conflicts);
      const load = new Map(reviewers.map((id) => [id, 0]));
      for (const row of loads) load.set(row.reviewerId, row._count._all);

      const created: Prisma.AssignmentCreateManyInput[] = [];
      const audits = [];
      let shortEntries = 0;
      for (const entry of shuffled(entries)) {
        const before = [...(assigned.get(entry.id) ?? [])];
        const candidates = shuffled(reviewers.filter((id) => !before.includes(id) && !barred.get(entry.id)?.has(id)));
        const missing = wanted === "each" ? candidates.length : Math.max(0, wanted - before.length);
        // A stable sort keeps the random order among equally loaded reviewers.
        const chosen = candidates.sort((a, b) => load.get(a)! - load.get(b)!).slice(0, missing);
        if (chosen.length < missing && wanted !== "each") shortEntries++;
        if (chosen.length === 0) continue;
        for (const reviewerId of chosen) {
          load.set(reviewerId, load.get(reviewerId)! + 1);
          created.push({ entryId: entry.id, reviewerId, windowNumber: entry.windowNumber, submittedAt: entry.submittedAt });
        }
        audits.push({
          actorId: actor.id,
          action: "entry.assign" as const,
          entityType: "entry" as const,
          entityId: entry.id,
          before: { reviewers: before.sort() },
          after: { reviewers: [...before, ...chosen].sort() },
        });
      }
      if (audits.length === 0) throw new ReviewError("nothingToAssign");
      await tx.assignment.createMany({ data: created });
      const audit = await recordAudits(tx, audits);
      return { changedEntries: audits.length, created: created.length, shortEntries, audit };
    },
    { timeout: 60_000 },
  );
}

function groupByEntry(rows: { entryId: string; reviewerId: string }[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { entryId, reviewerId } of rows) map.set(entryId, (map.get(entryId) ?? new Set()).add(reviewerId));
  return map;
}

/**
 * The entries a list filter matches (a window alone is the common case), assigned evenly at
 * random so that each ends with `reviewsPerEntry` reviewers. Erased entries have nothing left to
 * score and are left out.
 */
export async function assignByFilter(db: PrismaClient, actor: Actor, { filter, reviewerIds }: { filter: EntryFilter; reviewerIds: readonly string[] }) {
  assertAdmin(actor);
  const where = whereClause([...entryConditions({ ...filter, sort: "newest" }, actor), Prisma.sql`e."erasedAt" IS NULL`]);
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT e."id" FROM "Entry" e ${where} LIMIT ${MAX_ASSIGNED_ENTRIES + 1}`;
  return assignEntries(db, { entryIds: rows.map((r) => r.id), reviewerIds, actor });
}

/** Another reviewer who may take the entry: active, not on it already, no conflict, least loaded in its window. */
async function replacementFor(tx: Tx, entryId: string, windowNumber: number): Promise<string | null> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "StaffUser" s
    WHERE s."role" = 'reviewer' AND s."disabledAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."entryId" = CAST(${entryId} AS uuid) AND a."reviewerId" = s."id")
      AND NOT EXISTS (SELECT 1 FROM "ReviewConflict" c WHERE c."entryId" = CAST(${entryId} AS uuid) AND c."reviewerId" = s."id")
    ORDER BY (SELECT count(*) FROM "Assignment" a WHERE a."windowNumber" = ${windowNumber} AND a."reviewerId" = s."id"), random()
    LIMIT 1`;
  return row?.id ?? null;
}

async function lockOpenAssignment(tx: Tx, entryId: string, reviewerId: string) {
  const [row] = await tx.$queryRaw<{ windowNumber: number; submittedAt: Date; scoredAt: Date | null }[]>`
    SELECT "windowNumber", "submittedAt", "scoredAt" FROM "Assignment"
    WHERE "entryId" = CAST(${entryId} AS uuid) AND "reviewerId" = CAST(${reviewerId} AS uuid) FOR UPDATE`;
  if (!row) throw new ReviewError("notAssigned");
  if (row.scoredAt) throw new ReviewError("alreadyScored");
  return row;
}

/** An admin moves one unscored assignment from one reviewer to another (audited as "entry.reassign"). */
export async function reassignEntry(
  db: PrismaClient,
  actor: Actor,
  { entryId, fromReviewerId, toReviewerId }: { entryId: string; fromReviewerId: string; toReviewerId: string },
): Promise<AuditReceipt> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const assignment = await lockOpenAssignment(tx, entryId, fromReviewerId);
    await requireReviewers(tx, [toReviewerId]);
    const taken = await tx.assignment.count({ where: { entryId, reviewerId: toReviewerId } });
    const conflicted = await tx.reviewConflict.count({ where: { entryId, reviewerId: toReviewerId } });
    if (taken || conflicted) throw new ReviewError("reviewerUnavailable");
    await tx.assignment.delete({ where: { entryId_reviewerId: { entryId, reviewerId: fromReviewerId } } });
    await tx.assignment.create({ data: { entryId, reviewerId: toReviewerId, windowNumber: assignment.windowNumber, submittedAt: assignment.submittedAt } });
    return recordAudit(tx, {
      actorId: actor.id,
      action: "entry.reassign",
      entityType: "entry",
      entityId: entryId,
      before: { reviewerId: fromReviewerId },
      after: { reviewerId: toReviewerId },
    });
  });
}

/**
 * A reviewer declares a conflict of interest on an entry of their queue: it leaves their queue
 * for good and goes to the least-loaded other reviewer who may take it (or to nobody, which the
 * progress page then shows as too few reviews). Audited as "entry.conflict".
 */
export async function declareConflict(db: PrismaClient, actor: Actor, entryId: string): Promise<AuditReceipt> {
  return db.$transaction(async (tx) => {
    const assignment = await lockOpenAssignment(tx, entryId, actor.id);
    await tx.assignment.delete({ where: { entryId_reviewerId: { entryId, reviewerId: actor.id } } });
    await tx.reviewConflict.create({ data: { entryId, reviewerId: actor.id } });
    const replacement = await replacementFor(tx, entryId, assignment.windowNumber);
    if (replacement) {
      await tx.assignment.create({ data: { entryId, reviewerId: replacement, windowNumber: assignment.windowNumber, submittedAt: assignment.submittedAt } });
    }
    return recordAudit(tx, {
      actorId: actor.id,
      action: "entry.conflict",
      entityType: "entry",
      entityId: entryId,
      before: { reviewerId: actor.id },
      after: { reviewerId: replacement },
    });
  });
}

/** Who is assigned an entry, for the entry page (admins). */
export function assigneesOf(db: PrismaClient, entryId: string) {
  return db.assignment.findMany({
    where: { entryId },
    orderBy: { assignedAt: "asc" },
    select: { reviewerId: true, scoredAt: true, reviewer: { select: { displayName: true } } },
  });
}

/** Scoring an assigned entry completes the assignment (called inside saveScore's transaction). */
export async function markAssignmentScored(tx: Tx, entryId: string, reviewerId: string, at: Date): Promise<void> {
  await tx.assignment.updateMany({ where: { entryId, reviewerId, scoredAt: null }, data: { scoredAt: at } });
}

/** Unscored assignments of an erased entry go: there is no story left to score. */
export async function dropOpenAssignments(tx: Tx, entryId: string): Promise<void> {
  await tx.assignment.deleteMany({ where: { entryId, scoredAt: null } });
}
