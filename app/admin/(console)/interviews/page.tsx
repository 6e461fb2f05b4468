import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ShortTime } from "@/components/admin/short-time";
import { requireStaff } from "@/lib/auth/guard";
import { getInterviewsForEditing } from "@/lib/interviews-admin/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("interviews") };
}

const cell = "border-b border-line px-2 py-1.5 text-left align-top";

export default async function InterviewsPage() {
  await requireStaff("admin");
  const t = await getTranslations("Admin.interviews");
  const locale = await getLocale();
  const interviews = await getInterviewsForEditing();
  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <Link href="/admin/interviews/new" className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-white hover:bg-ink-soft">
          {t("new")}
        </Link>
      </div>
      {interviews.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="bg-paper">
              <th scope="col" className={cell}>{t("season")}</th>
              <th scope="col" className={cell}>{t("km")}</th>
              <th scope="col" className={cell}>{t("interviewTitle")}</th>
              <th scope="col" className={cell}>{t("languages")}</th>
              <th scope="col" className={cell}>{t("state")}</th>
              <th scope="col" className={cell}>{t("updated")}</th>
            </tr>
          </thead>
          <tbody>
            {interviews.map((i) => {
              const title = i.translations.find((tr) => tr.locale === locale) ?? i.translations[0];
              const season = i.season.translations.find((tr) => tr.locale === locale) ?? i.season.translations[0];
              return (
                <tr key={i.id}>
                  <td className={cell}>{season?.title ?? i.season.slug}</td>
                  <td className={`${cell} tabular-nums`}>{i.km}</td>
                  <td className={cell}>
                    <Link href={`/admin/interviews/${i.id}`} className="font-semibold underline" lang={title?.locale}>
                      {title?.title ?? t("untitled")}
                    </Link>
                  </td>
                  <td className={cell}>{i.translations.map((tr) => tr.locale.toUpperCase()).join(" / ")}</td>
                  <td className={cell}>{i.published ? t("published") : t("draft")}</td>
                  <td className={cell}><ShortTime date={i.updatedAt} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
