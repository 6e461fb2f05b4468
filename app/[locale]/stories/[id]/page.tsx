import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageNotFound, withFailurePages } from "@/components/site/failure-pages";
import { StoryMeta } from "@/components/stories/story-meta";
import { Link } from "@/i18n/navigation";
import { getPublishedStory } from "@/lib/featured/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";
import { Phrases } from "@/components/ui/phrases";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/stories/[id]">): Promise<Metadata> {
  const locale = await pageLocale();
  const story = await getPublishedStory((await params).id, locale);
  if (!story) return {};
  const description = story.story.replace(/\s+/g, " ").slice(0, 120);
  return pageMetadata({ locale, path: `/stories/${story.id}`, title: story.title, description, type: "article" });
}

async function StoryPage({ params }: PageProps<"/[locale]/stories/[id]">) {
  const locale = await pageLocale();
  const story = await getPublishedStory((await params).id, locale);
  if (!story) return <PageNotFound />;
  const t = await getTranslations({ locale, namespace: "Stories" });
  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm">
        <Link href="/stories" className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl leading-snug font-bold" lang={story.language} dir="auto">
        <Phrases>{story.title}</Phrases>
      </h1>
      <div className="mt-2">
        <StoryMeta story={story} locale={locale} />
      </div>
      {story.hasPhoto && (
        <img
          src={`/api/stories/${story.id}/photo`}
          alt={t("photoAlt", { penName: story.penName })}
          width={story.photoWidth ?? undefined}
          height={story.photoHeight ?? undefined}
          className="mt-6 w-full rounded-lg"
        />
      )}
      <div className="mt-6 space-y-4 text-lg" lang={story.language}>
        {story.story
          .split(/\n+/)
          .filter((p) => p.trim())
          .map((paragraph, i) => (
            <p key={i} dir="auto">
              {paragraph}
            </p>
          ))}
      </div>
    </article>
  );
}

export default withFailurePages(StoryPage);
