import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AssignForm } from "@/components/admin/assign-form";
import { BarChart } from "@/components/admin/bar-chart";
import { ProgressEntryList } from "@/components/admin/progress-entry-list";
import { ReviewerProgressTable } from "@/components/admin/reviewer-progress-table";
import { requireStaff } from "@/lib/auth/guard";
import { getSchedule } from "@/lib/campaign/queries";
import { parseEntryFilter } from "@/lib/review/filters";
import { getAssignableReviewers, getWindowProgress } from "@/lib/review/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("progress") };
}

export default async function ProgressPage({ searchParams }: PageProps<"/admin/progress">) {
  await requireStaff("admin");
  const schedule = await getSchedule();
  const numbers = schedule.windows.map((w) => w.number);
  const requested = parseEntryFilter(await searchParams).window;
  const windowNumber = requested && numbers.includes(requested) ? requested : numbers[0]!;
  const [t, progress, reviewers] = await Promise.all([getTranslations("Admin.progress"), getWindowProgress(windowNumber), getAssignableReviewers()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title", { number: windowNumber })}</h1>
      <nav aria-label={t("windows")} className="mt-2">
        <ul className="flex flex-wrap gap-2 text-sm">
          {numbers.map((number) => (
            <li key={number}>
              <Link
                href={`/admin/progress?window=${number}`}
                aria-current={number === windowNumber ? "page" : undefined}
                className="rounded border border-line px-2 py-0.5 aria-[current=page]:bg-ink aria-[current=page]:text-white"
              >
                {t("window", { number })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="assign-title" className="mt-6 rounded border border-line p-4">
        <h2 id="assign-title" className="text-lg font-bold">{t("assignTitle")}</h2>
        <div className="mt-2">
          <AssignForm filter={{ window: windowNumber }} reviewers={reviewers} perEntry={progress.reviewsPerEntry} matching={progress.entries} />
        </div>
      </section>

      <section aria-labelledby="reviewers-title" className="mt-6">
        <h2 id="reviewers-title" className="text-lg font-bold">{t("reviewersTitle")}</h2>
        <div className="mt-2 overflow-x-auto">
          {progress.reviewers.length ? <ReviewerProgressTable rows={progress.reviewers} /> : <p className="text-sm">{t("noAssignments")}</p>}
        </div>
      </section>

      <div className="mt-6">
        <BarChart
          id="reviews-per-day"
          title={t("perDayTitle")}
          bars={progress.reviewsPerDay.map((d) => ({ label: d.day.slice(5), value: d.count }))}
          labelHeader={t("day")}
          valueHeader={t("reviews")}
        />
      </div>

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="short-title">
          <h2 id="short-title" className="text-lg font-bold">{t("shortTitle", { count: progress.short.count, perEntry: progress.reviewsPerEntry })}</h2>
          <div className="mt-2">
            <ProgressEntryList entries={progress.short.entries} caption={t("shortCaption")} />
          </div>
        </section>
        <section aria-labelledby="spread-title">
          <h2 id="spread-title" className="text-lg font-bold">{t("spreadTitle")}</h2>
          <p className="text-sm text-ink-soft">{t("spreadLead")}</p>
          <div className="mt-2">
            <ProgressEntryList entries={progress.widestSpread} caption={t("spreadTitle")} />
          </div>
        </section>
      </div>
    </>
  );
}
