import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { CampaignStatus } from "@/components/campaign/campaign-status";
import { Hero } from "@/components/campaign/hero";
import { HowToTakePart } from "@/components/campaign/how-to-take-part";
import { RelayHighlights } from "@/components/campaign/relay-highlights";
import { ScheduleSection } from "@/components/campaign/schedule-section";
import { EntryCallToAction } from "@/components/entry/entry-call-to-action";
import type { AppLocale } from "@/i18n/routing";
import { getSchedule } from "@/lib/campaign/queries";
import { stateAt } from "@/lib/campaign/state";
import type { StoryCard } from "@/lib/interviews/archive";
import { getHighlights } from "@/lib/interviews/queries";
import { pageMetadata } from "@/lib/site/metadata";

// The campaign state depends on the clock as well as the data: re-render at most a minute late.
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await rootLocale()) as AppLocale;
  const t = await getTranslations({ locale, namespace: "Landing" });
  const m = await getTranslations({ locale, namespace: "Metadata" });
  const metadata = pageMetadata({ locale, path: "/", title: t("metaTitle"), description: m("siteDescription") });
  // The layout's title template applies to pages below it, not to this page in its own segment.
  return { ...metadata, title: { absolute: `${t("metaTitle")} | ${m("siteName")}` } };
}

export default async function LandingPage() {
  const locale = (await rootLocale()) as AppLocale;
  const [schedule, highlights] = await Promise.all([getSchedule(), getHighlights(locale)]);
  return <Landing schedule={schedule} highlights={highlights} now={new Date()} />;
}

function Landing({
  schedule,
  highlights,
  now,
}: {
  schedule: Awaited<ReturnType<typeof getSchedule>>;
  highlights: StoryCard[];
  now: Date;
}) {
  const t = useTranslations("Landing");
  return (
    <>
      <Hero />
      <div className="mx-auto max-w-5xl space-y-12 px-4 py-10">
        <CampaignStatus state={stateAt(schedule, now)} />
        <EntryCallToAction state={stateAt(schedule, now)} />
        <section aria-labelledby="about-title">
          <h2 id="about-title" className="text-2xl font-bold">
            {t("about.title")}
          </h2>
          <p className="mt-3 max-w-3xl">{t("about.body")}</p>
        </section>
        <HowToTakePart />
        <RelayHighlights stories={highlights} />
        <ScheduleSection schedule={schedule} />
      </div>
    </>
  );
}
