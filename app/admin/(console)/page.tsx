import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EntryCharts } from "@/components/admin/entry-charts";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireStaff } from "@/lib/auth/guard";
import { filterQuery } from "@/lib/review/filters";
import { getDashboard, getEntryStats } from "@/lib/review/queries";
import { ENTRY_STATUSES } from "@/lib/review/status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("dashboard") };
}

export default async function DashboardPage() {
  const staff = await requireStaff();
  const t = await getTranslations("Admin.dashboard");
  const [{ windows, unscored }, stats] = await Promise.all([getDashboard(staff), getEntryStats()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-4">
        <Link href={`/admin/entries${filterQuery({ mine: "unscored" })}`} className="font-semibold underline">
          {t("unscored", { count: unscored })}
        </Link>
      </p>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {windows.map((w) => (
          <section key={w.windowNumber} aria-labelledby={`window-${w.windowNumber}`} className="rounded border border-line p-4">
            <h2 id={`window-${w.windowNumber}`} className="text-lg font-bold">
              {t("window", { number: w.windowNumber, total: w.total })}
            </h2>
            <ul className="mt-3 space-y-1">
              {ENTRY_STATUSES.map((status) => (
                <li key={status} className="flex items-center justify-between gap-4">
                  <Link href={`/admin/entries${filterQuery({ window: w.windowNumber, status })}`} className="underline-offset-4 hover:underline">
                    <StatusBadge status={status} />
                  </Link>
                  <span className="tabular-nums">{w.counts[status]}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <EntryCharts stats={stats} />
    </>
  );
}
