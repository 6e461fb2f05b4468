import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";

/**
 * A reviewer's queue: the entries assigned to them that they have not scored, oldest first. Read
 * from the Assignment table's (reviewerId, scoredAt, submittedAt, entryId) index alone; it shows
 * nothing of other reviewers' work (blind scoring).
 */

export const QUEUE_PAGE_SIZE = 50;

export type QueueRow = { entryId: string; reference: string; title: string; language: Locale; windowNumber: number; submittedAt: Date };

export type QueueSummary = { assigned: number; scored: number; rows: QueueRow[] };

export async function queueFor(db: PrismaClient, reviewerId: string, limit = QUEUE_PAGE_SIZE): Promise<QueueSummary> {
  const [[counts], rows] = await Promise.all([
    db.$queryRaw<{ assigned: number; scored: number }[]>`
      SELECT count(*)::int AS "assigned", count("scoredAt")::int AS "scored" FROM "Assignment" WHERE "reviewerId" = CAST(${reviewerId} AS uuid)`,
    db.$queryRaw<QueueRow[]>`
      SELECT a."entryId", e."reference", e."title", e."language", e."windowNumber", a."submittedAt"
      FROM (SELECT "entryId", "submittedAt" FROM "Assignment"
            WHERE "reviewerId" = CAST(${reviewerId} AS uuid) AND "scoredAt" IS NULL
            ORDER BY "submittedAt", "entryId" LIMIT ${limit}) a
      JOIN "Entry" e ON e."id" = a."entryId"
      ORDER BY a."submittedAt", a."entryId"`,
  ]);
  return { assigned: counts!.assigned, scored: counts!.scored, rows };
}

export type QueuePosition = {
  /** 1-based place of the entry among the reviewer's assignments: those scored come first. */
  position: number;
  total: number;
  scored: boolean;
  /** The entry "skip" opens: the next unscored one after this, wrapping to the oldest; null when none is left. */
  nextEntryId: string | null;
};

/** Where an entry stands in the reviewer's queue; null when it is not assigned to them. */
export async function queuePosition(db: PrismaClient, reviewerId: string, entryId: string): Promise<QueuePosition | null> {
  const [row] = await db.$queryRaw<{ total: number; scoredCount: number; before: number; scored: boolean; nextEntryId: string | null }[]>`
    WITH mine AS NOT MATERIALIZED (SELECT "submittedAt", "entryId", "scoredAt" FROM "Assignment" WHERE "reviewerId" = CAST(${reviewerId} AS uuid)),
         current AS NOT MATERIALIZED (SELECT * FROM mine WHERE "entryId" = CAST(${entryId} AS uuid))
    SELECT (SELECT count(*) FROM mine)::int AS "total",
           (SELECT count("scoredAt") FROM mine)::int AS "scoredCount",
           (SELECT count(*) FROM mine m, current c
             WHERE m."scoredAt" IS NULL AND (m."submittedAt", m."entryId") < (c."submittedAt", c."entryId"))::int AS "before",
           c."scoredAt" IS NOT NULL AS "scored",
           ${nextUnscoredSql(reviewerId)} AS "nextEntryId"
    FROM current c`;
  if (!row) return null;
  return {
    position: row.scored ? row.scoredCount : row.scoredCount + row.before + 1,
    total: row.total,
    scored: row.scored,
    nextEntryId: row.nextEntryId,
  };
}

/** After the current entry (alias c) in queue order, else the oldest unscored other than it. */
function nextUnscoredSql(reviewerId: string) {
  return Prisma.sql`COALESCE(
    (SELECT a."entryId" FROM "Assignment" a
      WHERE a."reviewerId" = CAST(${reviewerId} AS uuid) AND a."scoredAt" IS NULL AND (a."submittedAt", a."entryId") > (c."submittedAt", c."entryId")
      ORDER BY a."submittedAt", a."entryId" LIMIT 1),
    (SELECT a."entryId" FROM "Assignment" a
      WHERE a."reviewerId" = CAST(${reviewerId} AS uuid) AND a."scoredAt" IS NULL AND a."entryId" <> c."entryId"
      ORDER BY a."submittedAt", a."entryId" LIMIT 1))`;
}

/** The entry to open after saving a score on `entryId`: null when the queue is done. */
export async function nextInQueue(db: PrismaClient, reviewerId: string, entryId: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ nextEntryId: string | null }[]>`
    SELECT ${nextUnscoredSql(reviewerId)} AS "nextEntryId"
    FROM (SELECT CAST(${entryId} AS uuid) AS "entryId",
                 COALESCE((SELECT "submittedAt" FROM "Assignment" WHERE "reviewerId" = CAST(${reviewerId} AS uuid) AND "entryId" = CAST(${entryId} AS uuid)),
                          '-infinity'::timestamp) AS "submittedAt") c`;
  return row?.nextEntryId ?? null;
}
