import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AssignForm } from "@/components/admin/assign-form";
import { BulkBar } from "@/components/admin/bulk-bar";
import { BulkForm } from "@/components/admin/bulk-form";
import { EntryFilters } from "@/components/admin/entry-filters";
import { EntryTable } from "@/components/admin/entry-table";
import { SavedViews } from "@/components/admin/saved-views";
import { StatusTabs } from "@/components/admin/status-tabs";
import { bulkAction } from "@/lib/admin/actions/bulk";
import { requireStaff } from "@/lib/auth/guard";
import { getSchedule } from "@/lib/campaign/queries";
import { filterQuery, parseEntryFilter } from "@/lib/review/filters";
import { effectiveFilter } from "@/lib/review/list";
import { getAssignableReviewers, getEntryList, getSavedViews } from "@/lib/review/queries";
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
  const [list, schedule, views, reviewers, perEntry] = await Promise.all([
    getEntryList(staff, filter, cursor),
    getSchedule(),
    getSavedViews(staff),
    isAdmin ? getAssignableReviewers() : [],
    isAdmin ? getReviewsPerEntry() : 0,
  ]);
  const query = filterQuery(filter);
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h1 className="text-xl font-bold">{t("title")}</h1>
        <SavedViews views={views} query={query} />
        {isAdmin && list.total > 0 && (
          <details className="text-sm">
            <summary className="cursor-pointer font-semibold">{t("assign", { count: list.total })}</summary>
            <div className="mt-2 rounded border border-line p-2">
              <AssignForm filter={filter} reviewers={reviewers} perEntry={perEntry} matching={list.total} />
            </div>
          </details>
        )}
        {isAdmin && (
          <a href={`/admin/entries/export${query}`} className="text-sm font-semibold underline">
            {t("export", { count: list.total })}
          </a>
        )}
      </div>
      <div className="mt-2">
        <EntryFilters filter={filter} windows={schedule.windows.map((w) => w.number)} isAdmin={isAdmin} />
      </div>
      <div className="flex flex-wrap items-end justify-between gap-x-4">
        <StatusTabs filter={filter} counts={list.counts} />
        <p className="text-sm text-ink-soft" role="status">
          {t("count", { count: list.total })}
        </p>
      </div>
      {list.rows.length === 0 ? (
        <p className="mt-4">{t("empty")}</p>
      ) : (
        <div className="mt-2">
          <BulkForm
            action={bulkAction}
            label={t("bulk.label")}
            bar={<BulkBar pageIds={list.rows.map((r) => r.id)} matching={list.total} query={query.slice(1)} reviewers={isAdmin ? reviewers : null} />}
          >
            <EntryTable rows={list.rows} caption={t("title")} />
          </BulkForm>
        </div>
      )}
      <nav aria-label={t("pagination")} className="mt-3 flex gap-6 text-sm">
        {cursor && (
          <Link href={`/admin/entries${query}`} className="underline">
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
