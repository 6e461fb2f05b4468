import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale, Role } from "@/lib/generated/prisma/enums";
import { KM_MAX } from "@/lib/validation/entry";
import { fillDays, type DayCount } from "./progress";

/**
 * The dashboard's charts in one statement: confirmed entries per Japan day and window, per
 * language, per role and per km, as grouping sets over EntryTally (a few hundred rows that a
 * trigger keeps in step with Entry) rather than over every entry.
 */
export const entryStatsQuery = Prisma.sql`
  SELECT GROUPING("windowNumber", "day", "language", "role", "km")::int AS "set",
         "windowNumber", "day", "language", "role", "km", sum("count")::int AS "count"
  FROM (SELECT "windowNumber", to_char("day", 'YYYY-MM-DD') AS "day", "language", "role", NULLIF("km", -1) AS "km", "count"
        FROM "EntryTally") t
  GROUP BY GROUPING SETS (("windowNumber", "day"), ("language"), ("role"), ("km"))`;

export type EntryStats = {
  perDay: { windowNumber: number; days: DayCount[] }[];
  byLanguage: { language: Locale; count: number }[];
  byRole: { role: Role; count: number }[];
  /** Entries that placed their story at each km (0–42), and how many placed it nowhere. */
  byKm: { km: number; count: number }[];
  withoutKm: number;
};

type Row = { windowNumber: number | null; day: string | null; language: Locale | null; role: Role | null; km: number | null; count: number; set: number };

export async function entryStats(db: PrismaClient): Promise<EntryStats> {
  const rows = await db.$queryRaw<Row[]>(entryStatsQuery);
  // GROUPING() sets a bit per column left out of the row's set: 0b00111 is (window, day), and so on.
  const of = (set: number) => rows.filter((r) => r.set === set);
  const windows = new Map<number, DayCount[]>();
  for (const r of of(0b00111)) windows.set(r.windowNumber!, [...(windows.get(r.windowNumber!) ?? []), { day: r.day!, count: r.count }]);
  const kmRows = of(0b11110);
  const kmCount = new Map(kmRows.filter((r) => r.km !== null).map((r) => [r.km!, r.count]));
  return {
    perDay: [...windows.entries()].sort(([a], [b]) => a - b).map(([windowNumber, days]) => ({ windowNumber, days: fillDays(days) })),
    byLanguage: of(0b11011).map((r) => ({ language: r.language!, count: r.count })),
    byRole: of(0b11101).map((r) => ({ role: r.role!, count: r.count })),
    byKm: Array.from({ length: KM_MAX + 1 }, (_, km) => ({ km, count: kmCount.get(km) ?? 0 })),
    withoutKm: kmRows.find((r) => r.km === null)?.count ?? 0,
  };
}
