import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { ENTRY_STATUSES } from "./status";

export type WindowCounts = { windowNumber: number; counts: Record<EntryStatus, number>; total: number };

/** Entries per window and status, and how many the viewer has not scored yet. */
export async function dashboard(db: PrismaClient, viewerId: string) {
  const [numbers, groups, unscored] = await Promise.all([
    db.entryWindow.findMany({ orderBy: { number: "asc" }, select: { number: true } }),
    db.entry.groupBy({ by: ["windowNumber", "status"], _count: { _all: true } }),
    db.entry.count({ where: { erasedAt: null, status: { in: ["received", "in_review"] }, scores: { none: { reviewerId: viewerId } } } }),
  ]);
  const windows: WindowCounts[] = numbers.map(({ number: windowNumber }) => {
    const counts = Object.fromEntries(ENTRY_STATUSES.map((s) => [s, 0])) as Record<EntryStatus, number>;
    for (const g of groups) if (g.windowNumber === windowNumber) counts[g.status] = g._count._all;
    return { windowNumber, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  });
  return { windows, unscored };
}
