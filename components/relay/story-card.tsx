import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { StoryCard as Story } from "@/lib/interviews/archive";
import { titleParts } from "@/lib/interviews/title";
import { ParticipantNames } from "./participant-names";
import { Phrases } from "@/components/ui/phrases";

export function storyPath(story: Pick<Story, "season" | "km">): string {
  return `/relay/${story.season}/${story.km}`;
}

/** The ids of a card's km and title in a list given `prefix`, which the course map names its markers by. */
export function storyCardIds(prefix: string, km: number) {
  return { km: `${prefix}${km}-km`, title: `${prefix}${km}-title` };
}

/**
 * A story as a card: km, catchphrase title (the link), people and roles, format. Its styles are
 * named once in app/globals.css (`.story-card`), not repeated on every card of a page.
 */
export function StoryCard({
  story,
  headingLevel = 3,
  showSeason = false,
  idPrefix,
}: {
  story: Story;
  headingLevel?: 3 | 4;
  showSeason?: boolean;
  idPrefix?: string;
}) {
  const t = useTranslations("StoryCard");
  const formats = useTranslations("Formats");
  const languages = useTranslations("Languages");
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  const ids = idPrefix === undefined ? undefined : storyCardIds(idPrefix, story.km);
  return (
    <article className="story-card">
      <p>
        <span id={ids?.km} className="km-tag">
          {t("km", { km: story.km })}
        </span>
        <span className="text-ink-soft">{showSeason ? story.seasonTitle : formats(story.format)}</span>
        {story.fallback && (
          <span className="rounded-full border border-ink-soft px-2 py-0.5 text-xs text-ink-soft">
            {t("inOtherLanguage", { language: languages(story.titleLocale) })}
          </span>
        )}
      </p>
      <Heading lang={story.fallback ? story.titleLocale : undefined}>
        <Link id={ids?.title} href={storyPath(story)}>
          <CardTitle title={story.title} />
        </Link>
      </Heading>
      <ParticipantNames people={story.participants} locale={locale} className="text-sm" />
    </article>
  );
}

/** The shared question in small type above the answer; read as one title ("…？ answer"). */
function CardTitle({ title }: { title: string }) {
  const { question, answer } = titleParts(title);
  if (!question) return <Phrases>{title}</Phrases>;
  return (
    <>
      <span>
        <Phrases>{question}</Phrases>
      </span>{" "}
      <Phrases>{answer}</Phrases>
    </>
  );
}
