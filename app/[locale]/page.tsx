import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { CampaignStatus } from "@/components/campaign/campaign-status";
import { Hero } from "@/components/campaign/hero";
import { HowToTakePart } from "@/components/campaign/how-to-take-part";
import { ScheduleSection } from "@/components/campaign/schedule-section";
import { FeaturedStoriesSection } from "@/components/stories/featured-stories-section";
import type { AppLocale } from "@/i18n/routing";
import { getSchedule } from "@/lib/campaign/queries";
import { stateAt } from "@/lib/campaign/state";
import { getPublishedStories } from "@/lib/featured/queries";
import type { PublicStory } from "@/lib/featured/public";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";

// The campaign state depends on the clock as well as the data: re-render at most a minute late.
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await rootLocale()) as AppLocale;
  const t = await getTranslations({ locale, namespace: "Landing" });
  const m = await getTranslations({ locale, namespace: "Metadata" });
  return pageMetadata({ locale, path: "/", title: t("metaTitle"), description: m("siteDescription") });
}

export default async function LandingPage() {
  const locale = await pageLocale();
  const [schedule, stories] = await Promise.all([getSchedule(), getPublishedStories(locale, { limit: 3 })]);
  return <Landing schedule={schedule} stories={stories} now={new Date()} />;
}

function Landing({ schedule, stories, now }: { schedule: Awaited<ReturnType<typeof getSchedule>>; stories: PublicStory[]; now: Date }) {
  const t = useTranslations("Landing");
  return (
    <>
      <Hero />
      <div className="mx-auto max-w-5xl space-y-12 px-4 py-10">
        <CampaignStatus state={stateAt(schedule, now)} />
        <section aria-labelledby="about-title">
          <h2 id="about-title" className="text-2xl font-bold">
            {t("about.title")}
          </h2>
          <p className="mt-3 max-w-3xl">{t("about.body")}</p>
        </section>
        <FeaturedStoriesSection stories={stories} />
        <HowToTakePart />
        <ScheduleSection schedule={schedule} />
      </div>
    </>
  );
}
