import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AssignForm } from "@/components/admin/assign-form";
import { EntryFilters } from "@/components/admin/entry-filters";
import { EntryTable } from "@/components/admin/entry-table";
import { StatusTabs } from "@/components/admin/status-tabs";
import { requireStaff } from "@/lib/auth/guard";
import { getSchedule } from "@/lib/campaign/queries";
import { filterQuery, parseEntryFilter } from "@/lib/review/filters";
import { effectiveFilter } from "@/lib/review/list";
import { getAssignableReviewers, getEntryList } from "@/lib/review/queries";
import { getReviewsPerEntry } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("entries") };
}

export default async function EntriesPage({ searchParams }: PageProps<"/admin/entries">) {
  const staff = await requireStaff();
  const params = await searchParams;
  const filter = effectiveFilter(parseEntryFilter(params), staff);
  const cursor = typeof params.after === "string" ? params.after : undefined;
  const t = await getTranslations("Admin.entries");
  const isAdmin = staff.role === "admin";
  const [list, schedule, reviewers, perEntry] = await Promise.all([
    getEntryList(staff, filter, cursor),
    getSchedule(),
    isAdmin ? getAssignableReviewers() : [],
    isAdmin ? getReviewsPerEntry() : 0,
  ]);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {isAdmin && (
          <a href={`/admin/entries/export${filterQuery(filter)}`} className="text-sm font-semibold underline">
            {t("export", { count: list.total })}
          </a>
        )}
      </div>
      <div className="mt-4">
        <EntryFilters filter={filter} windows={schedule.windows.map((w) => w.number)} canUseScores={staff.role === "admin"} />
      </div>
      {isAdmin && list.total > 0 && (
        <details className="mt-3 rounded border border-line p-2">
          <summary className="cursor-pointer text-sm font-semibold">{t("assign", { count: list.total })}</summary>
          <div className="mt-2">
            <AssignForm filter={filter} reviewers={reviewers} perEntry={perEntry} matching={list.total} />
          </div>
        </details>
      )}
      <StatusTabs filter={filter} counts={list.counts} />
      <p className="mt-3 text-sm text-ink-soft" role="status">
        {t("count", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <div className="mt-2">
          <EntryTable rows={list.rows} caption={t("title")} />
        </div>
      )}
      <nav aria-label={t("pagination")} className="mt-4 flex gap-6 text-sm">
        {cursor && (
          <Link href={`/admin/entries${filterQuery(filter)}`} className="underline">
            {t("firstPage")}
          </Link>
        )}
        {list.nextCursor && (
          <Link href={`/admin/entries${filterQuery(filter, { after: list.nextCursor })}`} className="font-semibold underline">
            {t("nextPage")}
          </Link>
        )}
      </nav>
    </>
  );
}
