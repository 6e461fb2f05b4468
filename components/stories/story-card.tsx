import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { PublicStory } from "@/lib/featured/public";
import { StoryMeta } from "./story-meta";
import { Phrases } from "@/components/ui/phrases";

const EXCERPT = 110;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT)}…` : flat;
}

export function StoryCard({ story, headingLevel = 2 }: { story: PublicStory; headingLevel?: 2 | 3 }) {
  const t = useTranslations("Stories");
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="flex flex-col overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-line">
      {story.hasPhoto && (
        <img
          src={`/api/stories/${story.id}/photo`}
          alt=""
          width={story.photoWidth ?? undefined}
          height={story.photoHeight ?? undefined}
          loading="lazy"
          className="aspect-[4/3] w-full object-cover"
        />
      )}
      <div className="flex flex-1 flex-col p-4">
        <Heading className="text-lg font-bold" lang={story.language} dir="auto">
          <Link href={`/stories/${story.id}`} className="hover:underline">
            <Phrases>{story.title}</Phrases>
          </Link>
        </Heading>
        <StoryMeta story={story} locale={locale} />
        <p className="mt-2 flex-1 text-sm" lang={story.language} dir="auto">
          {excerpt(story.story)}
        </p>
        <p className="mt-3 text-sm font-semibold">
          <Link href={`/stories/${story.id}`} className="underline" aria-hidden="true" tabIndex={-1}>
            {t("read")}
          </Link>
        </p>
      </div>
    </article>
  );
}
