import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PublicStory } from "@/lib/featured/public";
import { StoryCard } from "./story-card";

/** The landing page's latest featured stories; absent until the first one is published. */
export function FeaturedStoriesSection({ stories }: { stories: PublicStory[] }) {
  const t = useTranslations("Stories.landing");
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="featured-stories-title">
      <h2 id="featured-stories-title" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-2 max-w-3xl">{t("lead")}</p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-3">
        {stories.map((story) => (
          <li key={story.id} className="flex">
            <StoryCard story={story} headingLevel={3} />
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <Link href="/stories" className="font-semibold underline">
          {t("all")}
        </Link>
      </p>
    </section>
  );
}
