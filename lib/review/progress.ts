import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { reviewsPerEntry } from "./assignments";

/**
 * A window's review progress for admins, from aggregate SQL over narrow indexes: per reviewer
 * and per day from Assignment's (windowNumber, reviewerId, scoredAt) and (windowNumber, scoredAt)
 * indexes, entries
 * with too few reviews from Entry's (windowNumber, scoreCount, submittedAt, …) index, the widest
 * disagreements from (windowNumber, scoreSpread DESC, id).
 */

export const PROGRESS_LIST_SIZE = 20;

export type ReviewerProgress = { reviewerId: string; displayName: string; assigned: number; scored: number; remaining: number; completion: number };
export type ProgressEntry = { id: string; reference: string; title: string; language: "ja" | "en"; scoreCount: number; scoreAverage: number; scoreSpread: number };
export type DayCount = { day: string; count: number };

/** Days are Japan dates; Japan has no daylight saving time, so +9 hours is exact. */
const jstDay = (column: Prisma.Sql) => Prisma.sql`to_char(${column} + interval '9 hours', 'YYYY-MM-DD')`;

export function progressQueries(windowNumber: number, wanted: number) {
  return {
    reviewers: Prisma.sql`
      SELECT "reviewerId", count(*)::int AS "assigned", count("scoredAt")::int AS "scored"
      FROM "Assignment" WHERE "windowNumber" = ${windowNumber} GROUP BY "reviewerId"`,
    perDay: Prisma.sql`
      SELECT ${jstDay(Prisma.sql`"scoredAt"`)} AS "day", count(*)::int AS "count"
      FROM "Assignment" WHERE "windowNumber" = ${windowNumber} AND "scoredAt" IS NOT NULL GROUP BY 1`,
    counts: Prisma.sql`
      SELECT count(*)::int AS "entries", (count(*) FILTER (WHERE "scoreCount" < ${wanted}))::int AS "short" FROM "Entry"
      WHERE "windowNumber" = ${windowNumber} AND "confirmedAt" IS NOT NULL AND "erasedAt" IS NULL`,
    short: Prisma.sql`
      SELECT "id", "reference", "title", "language", "scoreCount", "scoreAverage", "scoreSpread" FROM "Entry"
      WHERE "windowNumber" = ${windowNumber} AND "scoreCount" < ${wanted} AND "confirmedAt" IS NOT NULL AND "erasedAt" IS NULL
      ORDER BY "scoreCount", "submittedAt", "id" LIMIT ${PROGRESS_LIST_SIZE}`,
    spread: Prisma.sql`
      SELECT "id", "reference", "title", "language", "scoreCount", "scoreAverage", "scoreSpread" FROM "Entry"
      WHERE "windowNumber" = ${windowNumber} AND "scoreSpread" > 0 AND "confirmedAt" IS NOT NULL AND "erasedAt" IS NULL
      ORDER BY "scoreSpread" DESC, "id" LIMIT ${PROGRESS_LIST_SIZE}`,
  };
}

export type WindowProgress = {
  windowNumber: number;
  reviewsPerEntry: number;
  /** Entries that can be reviewed (confirmed, not erased). */
  entries: number;
  reviewers: ReviewerProgress[];
  reviewsPerDay: DayCount[];
  short: { count: number; entries: ProgressEntry[] };
  widestSpread: ProgressEntry[];
};

export async function windowProgress(db: PrismaClient, windowNumber: number): Promise<WindowProgress> {
  const wanted = await reviewsPerEntry(db);
  const queries = progressQueries(windowNumber, wanted);
  const [perReviewer, perDay, [counts], short, spread] = await Promise.all([
    db.$queryRaw<{ reviewerId: string; assigned: number; scored: number }[]>(queries.reviewers),
    db.$queryRaw<DayCount[]>(queries.perDay),
    db.$queryRaw<{ entries: number; short: number }[]>(queries.counts),
    db.$queryRaw<ProgressEntry[]>(queries.short),
    db.$queryRaw<ProgressEntry[]>(queries.spread),
  ]);
  const names = await db.staffUser.findMany({ where: { id: { in: perReviewer.map((g) => g.reviewerId) } }, select: { id: true, displayName: true } });
  const nameOf = new Map(names.map((n) => [n.id, n.displayName]));
  return {
    windowNumber,
    reviewsPerEntry: wanted,
    entries: counts!.entries,
    reviewers: perReviewer
      .map(({ reviewerId, assigned, scored }) => ({
        reviewerId,
        displayName: nameOf.get(reviewerId) ?? "",
        assigned,
        scored,
        remaining: assigned - scored,
        completion: assigned ? scored / assigned : 0,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, "ja")),
    reviewsPerDay: fillDays(perDay),
    short: { count: counts!.short, entries: short },
    widestSpread: spread,
  };
}

/** Every day from the first to the last, with 0 for days without any: a chart's axis has no gaps. */
export function fillDays(counts: DayCount[]): DayCount[] {
  if (counts.length === 0) return [];
  const byDay = new Map(counts.map((c) => [c.day, c.count]));
  const sorted = [...byDay.keys()].sort();
  const days: DayCount[] = [];
  for (let at = new Date(`${sorted[0]}T00:00:00Z`); at <= new Date(`${sorted.at(-1)}T00:00:00Z`); at.setUTCDate(at.getUTCDate() + 1)) {
    const day = at.toISOString().slice(0, 10);
    days.push({ day, count: byDay.get(day) ?? 0 });
  }
  return days;
}
