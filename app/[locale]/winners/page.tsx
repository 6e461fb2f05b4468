import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { withFailurePages } from "@/components/site/failure-pages";
import { WinnersList } from "@/components/winners/winners-list";
import { JstTime } from "@/components/ui/jst-time";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";
import { getPublicWinners } from "@/lib/winners/queries";

/**
 * Cached, but for 30 s only: the winners go live at the announcement time without anyone acting,
 * at most 30 s (plus the next visit) late. Never early: each render checks the time itself, so a
 * copy made before the announcement holds no winners. Staff changes re-render it at once.
 */
export const revalidate = 30;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "Winners" });
  return pageMetadata({ locale, path: "/winners", title: t("metaTitle"), description: t("description") });
}

async function WinnersPage() {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "Winners" });
  const { announcementAt, winners } = await getPublicWinners(locale);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {winners === null ? (
        <p className="mt-6 rounded-lg bg-white p-6 ring-1 ring-line" data-testid="winners-pending">
          {t.rich("notYet", { time: () => <JstTime date={announcementAt} /> })}
        </p>
      ) : (
        <>
          <p className="mt-3">{t("lead")}</p>
          <WinnersList winners={winners} />
        </>
      )}
    </div>
  );
}

export default withFailurePages(WinnersPage);
