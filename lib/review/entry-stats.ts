import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale, Role } from "@/lib/generated/prisma/enums";
import { KM_MAX } from "@/lib/validation/entry-fields";
import { fillDays, type DayCount } from "./progress";

/**
 * The dashboard's charts: confirmed entries per Japan day and window, per language, per role and
 * per km, read from EntryTally (a few hundred rows that a trigger keeps in step with Entry)
 * rather than counted over every entry.
 */
export const entryStatsQuery = Prisma.sql`
  SELECT "windowNumber", "dimension", "value", "count" FROM "EntryTally" WHERE "count" > 0`;

export type EntryStats = {
  perDay: { windowNumber: number; days: DayCount[] }[];
  byLanguage: { language: Locale; count: number }[];
  byRole: { role: Role; count: number }[];
  /** Entries that placed their story at each km (0–42), and how many placed it nowhere. */
  byKm: { km: number; count: number }[];
  withoutKm: number;
};

type Row = { windowNumber: number; dimension: "day" | "language" | "role" | "km"; value: string; count: number };

/** Counts of one dimension added up over the windows. */
function totals(rows: Row[], dimension: Row["dimension"]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const r of rows) if (r.dimension === dimension) sums.set(r.value, (sums.get(r.value) ?? 0) + r.count);
  return sums;
}

export async function entryStats(db: PrismaClient): Promise<EntryStats> {
  const rows = await db.$queryRaw<Row[]>(entryStatsQuery);
  const windows = new Map<number, DayCount[]>();
  for (const r of rows) if (r.dimension === "day") windows.set(r.windowNumber, [...(windows.get(r.windowNumber) ?? []), { day: r.value, count: r.count }]);
  const km = totals(rows, "km");
  return {
    perDay: [...windows.entries()].sort(([a], [b]) => a - b).map(([windowNumber, days]) => ({ windowNumber, days: fillDays(days) })),
    byLanguage: [...totals(rows, "language")].map(([language, count]) => ({ language: language as Locale, count })),
    byRole: [...totals(rows, "role")].map(([role, count]) => ({ role: role as Role, count })),
    byKm: Array.from({ length: KM_MAX + 1 }, (_, k) => ({ km: k, count: km.get(String(k)) ?? 0 })),
    withoutKm: km.get("") ?? 0,
  };
}
