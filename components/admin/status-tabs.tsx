import { useTranslations } from "next-intl";
import Link from "next/link";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { filterQuery, type EntryFilter } from "@/lib/review/filters";
import { ENTRY_STATUSES } from "@/lib/review/status";

/** One link per status with its count under the current filter; the open one is marked current. */
export function StatusTabs({ filter, counts }: { filter: EntryFilter; counts: Record<EntryStatus, number> }) {
  const t = useTranslations("Admin.entries");
  const statuses = useTranslations("Admin.common.statuses");
  const all = Object.values(counts).reduce((a, b) => a + b, 0);
  const tabs: { status: EntryStatus | undefined; label: string; count: number }[] = [
    { status: undefined, label: t("allStatuses"), count: all },
    ...ENTRY_STATUSES.map((status) => ({ status, label: statuses(status), count: counts[status] })),
  ];
  return (
    <nav aria-label={t("statusTabs")} className="mt-2">
      <ul className="flex flex-wrap gap-1 border-b border-line">
        {tabs.map((tab) => {
          const current = tab.status === filter.status;
          return (
            <li key={tab.status ?? "all"}>
              <Link
                href={`/admin/entries${filterQuery({ ...filter, status: tab.status })}`}
                aria-current={current ? "page" : undefined}
                className={`inline-block rounded-t px-2.5 py-1 text-sm ${current ? "bg-ink font-semibold text-white" : "hover:bg-paper"}`}
              >
                {tab.label} <span className="tabular-nums">({tab.count})</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
