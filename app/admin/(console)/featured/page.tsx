import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ShortTime } from "@/components/admin/short-time";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireStaff } from "@/lib/auth/guard";
import { getFeaturedForConsole } from "@/lib/featured/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("featured") };
}

const cell = "border-b border-line px-2 py-1.5 text-left align-top";

export default async function FeaturedPage() {
  await requireStaff("admin");
  const t = await getTranslations("Admin.featured");
  const translation = await getTranslations("Admin.feature.translationStatuses");
  const stories = await getFeaturedForConsole();
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-sm text-ink-soft">{t("lead")}</p>
      {stories.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="bg-paper">
              <th scope="col" className={cell}>{t("story")}</th>
              <th scope="col" className={cell}>{t("penName")}</th>
              <th scope="col" className={cell}>{t("status")}</th>
              <th scope="col" className={cell}>{t("published")}</th>
              <th scope="col" className={cell}>{t("translation")}</th>
            </tr>
          </thead>
          <tbody>
            {stories.map((story) => (
              <tr key={story.entryId}>
                <td className={cell}>
                  <Link href={`/admin/entries/${story.entryId}`} className="font-semibold underline" lang={story.sourceLanguage}>
                    {(story.sourceLanguage === "ja" ? story.titleJa : story.titleEn) ?? story.entry.reference}
                  </Link>
                </td>
                <td className={cell} lang={story.entry.language}>{story.entry.penName}</td>
                <td className={cell}><StatusBadge status={story.entry.status} /></td>
                <td className={cell}>{story.publishedAt ? <ShortTime date={story.publishedAt} /> : t("unpublished")}</td>
                <td className={cell}>{translation(story.translationStatus)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
