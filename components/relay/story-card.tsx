import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { StoryCard as Story } from "@/lib/interviews/archive";
import { titleParts } from "@/lib/interviews/title";
import { ParticipantNames } from "./participant-names";
import { Phrases } from "@/components/ui/phrases";

export function storyPath(story: Pick<Story, "season" | "km">): string {
  return `/relay/${story.season}/${story.km}`;
}

/** A story as a card: km, catchphrase title (the link), people and roles, format. */
export function StoryCard({ story, headingLevel = 3, showSeason = false }: { story: Story; headingLevel?: 3 | 4; showSeason?: boolean }) {
  const t = useTranslations("StoryCard");
  const formats = useTranslations("Formats");
  const languages = useTranslations("Languages");
  const locale = useLocale();
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="relative flex h-full flex-col gap-2 rounded-lg bg-white p-4 shadow-sm ring-1 ring-line focus-within:ring-2 focus-within:ring-course">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span className="rounded-full bg-accent px-2.5 py-0.5 font-bold text-white">{t("km", { km: story.km })}</span>
        <span className="text-ink-soft">{showSeason ? story.seasonTitle : formats(story.format)}</span>
        {story.fallback && (
          <span className="rounded-full border border-ink-soft px-2 py-0.5 text-xs text-ink-soft">
            {t("inOtherLanguage", { language: languages(story.titleLocale) })}
          </span>
        )}
      </p>
      <Heading className="text-lg leading-snug font-bold" lang={story.fallback ? story.titleLocale : undefined}>
        <Link href={storyPath(story)} className="underline-offset-4 after:absolute after:inset-0 hover:underline focus-visible:outline-none">
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
      <span className="block text-sm font-medium text-ink-soft">
        <Phrases>{question}</Phrases>
      </span>{" "}
      <Phrases>{answer}</Phrases>
    </>
  );
}
