import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { withFailurePages } from "@/components/site/failure-pages";
import { DrawMethod } from "@/components/winners/draw-method";
import { DrawRecord } from "@/components/winners/draw-record";
import { WinnersList } from "@/components/winners/winners-list";
import { JstTime } from "@/components/ui/jst-time";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";
import { getPublicDraws, getPublicWinners } from "@/lib/winners/queries";
import { Phrases } from "@/components/ui/phrases";

/**
 * Cached, but for 30 s only: the winners go live at the announcement time without anyone acting,
 * at most 30 s (plus the next visit) late. Never early: each render checks the time itself, so a
 * copy made before the announcement holds no winners and no draw result. Staff changes (a draw
 * prepared, run or cancelled included) re-render it at once.
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
  const [{ announcementAt, winners }, draws] = await Promise.all([getPublicWinners(locale), getPublicDraws()]);
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">
        <Phrases>{t("title")}</Phrases>
      </h1>
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
      {draws.length > 0 && (
        <>
          <section aria-labelledby="draws-title" className="mt-10">
            <h2 id="draws-title" className="text-xl font-bold">
              {t("draw.title")}
            </h2>
            <p className="mt-2">{t("draw.lead")}</p>
            <div className="mt-4 space-y-4">
              {draws.map((draw) => (
                <DrawRecord key={draw.id} draw={draw} announcementAt={announcementAt} />
              ))}
            </div>
          </section>
          <DrawMethod />
        </>
      )}
    </div>
  );
}

export default withFailurePages(WinnersPage);
