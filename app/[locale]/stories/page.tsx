import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/art/course-line";
import { withFailurePages } from "@/components/site/failure-pages";
import { StoryCard } from "@/components/stories/story-card";
import { getPublishedStories } from "@/lib/featured/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";
import { Phrases } from "@/components/ui/phrases";

// Cached like every public page; featuring or unpublishing re-renders it at once (revalidatePath).
export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "Stories" });
  return pageMetadata({ locale, path: "/stories", title: t("metaTitle"), description: t("lead") });
}

async function StoriesPage() {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "Stories" });
  const stories = await getPublishedStories(locale);
  return (
    <div className="mx-auto max-w-5xl px-4 py-10">
      <h1 className="text-3xl font-bold">
        <Phrases>{t("title")}</Phrases>
      </h1>
      <p className="mt-3 max-w-3xl">{t("lead")}</p>
      {stories.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <ul className="mt-8 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
          {stories.map((story) => (
            <li key={story.id} className="flex">
              <StoryCard story={story} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default withFailurePages(StoriesPage);
