import { useTranslations } from "next-intl";
import { StoryList } from "@/components/relay/story-list";
import { Link } from "@/i18n/navigation";
import type { StoryCard } from "@/lib/interviews/archive";

/** A few recently published relay stories on the landing page, with a way into the archive. */
export function RelayHighlights({ stories }: { stories: StoryCard[] }) {
  const t = useTranslations("Landing.highlights");
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="highlights-title" className="space-y-4">
      <h2 id="highlights-title" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p className="max-w-3xl">{t("lead")}</p>
      <StoryList stories={stories} showSeason />
      <p>
        <Link href="/relay" className="inline-block rounded-full bg-ink px-5 py-2 font-semibold text-white hover:bg-ink-soft">
          {t("all")}
        </Link>
      </p>
    </section>
  );
}
