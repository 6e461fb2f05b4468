import type { Metadata } from "next";
import type { ComponentProps } from "react";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { CourseLine } from "@/components/art/course-line";
import { Hero } from "@/components/campaign/hero";
import { HowToTakePart } from "@/components/campaign/how-to-take-part";
import { RelayHighlights } from "@/components/campaign/relay-highlights";
import { ScheduleSection } from "@/components/campaign/schedule-section";
import { ReminderSignupSection } from "@/components/reminders/reminder-signup-section";
import { withFailurePages } from "@/components/site/failure-pages";
import { FeaturedStoriesSection } from "@/components/stories/featured-stories-section";
import { getSchedule } from "@/lib/campaign/queries";
import { stateAt } from "@/lib/campaign/state";
import type { PublicStory } from "@/lib/featured/public";
import { getPublishedStories } from "@/lib/featured/queries";
import type { StoryCard } from "@/lib/interviews/archive";
import { getHighlights } from "@/lib/interviews/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";
import { signUpForReminders } from "./reminders/actions";

// The campaign state depends on the clock as well as the data: re-render at most a minute late.
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "Landing" });
  const m = await getTranslations({ locale, namespace: "Metadata" });
  const metadata = pageMetadata({ locale, path: "/", title: t("metaTitle"), description: m("siteDescription") });
  // The layout's title template applies to pages below it, not to this page in its own segment.
  return { ...metadata, title: { absolute: `${t("metaTitle")} | ${m("siteName")}` } };
}

async function LandingPage() {
  const locale = await pageLocale();
  const [schedule, highlights, stories] = await Promise.all([
    getSchedule(),
    getHighlights(locale),
    getPublishedStories(locale, { limit: 3 }),
  ]);
  return <Landing schedule={schedule} highlights={highlights} stories={stories} now={new Date()} signUp={signUpForReminders.bind(null, locale)} />;
}

export default withFailurePages(LandingPage);

function Landing({
  schedule,
  highlights,
  stories,
  now,
  signUp,
}: {
  schedule: Awaited<ReturnType<typeof getSchedule>>;
  highlights: StoryCard[];
  stories: PublicStory[];
  now: Date;
  signUp: ComponentProps<typeof ReminderSignupSection>["action"];
}) {
  const t = useTranslations("Landing");
  const state = stateAt(schedule, now);
  // Only while another window is still to come: a sign-up would have nothing to wait for otherwise.
  const reminders = state.phase === "before" || state.phase === "between";
  return (
    <>
      <Hero state={state} />
      {reminders ? <ReminderSignupSection action={signUp} /> : null}
      <div className="mx-auto max-w-5xl space-y-12 px-4 py-10">
        <section aria-labelledby="about-title">
          <h2 id="about-title" className="text-2xl font-bold">
            {t("about.title")}
          </h2>
          <p className="mt-3 max-w-3xl">{t("about.body")}</p>
        </section>
        <CourseLine className="mx-auto h-8 w-48" />
        <FeaturedStoriesSection stories={stories} />
        <HowToTakePart />
        <CourseLine className="mx-auto h-8 w-48" />
        <RelayHighlights stories={highlights} />
        <ScheduleSection schedule={schedule} />
      </div>
    </>
  );
}
