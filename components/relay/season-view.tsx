import { useTranslations } from "next-intl";
import { useId } from "react";
import { Link } from "@/i18n/navigation";
import type { SeasonSummary } from "@/lib/interviews/archive";
import { isFiltered, matchesFilter, seasonPath, type StoryFilter } from "@/lib/interviews/filters";
import { Breadcrumbs } from "./breadcrumbs";
import { CourseMap } from "./course-map";
import { StoryFilters } from "./story-filters";
import { StoryList } from "./story-list";

/** A season: its course with a marker per story, the filters, and the story cards. */
export function SeasonView({ season, filter }: { season: SeasonSummary; filter: StoryFilter }) {
  const t = useTranslations("Season");
  const relay = useTranslations("RelayIndex");
  const shown = season.stories.filter((story) => matchesFilter(story, filter));
  const lang = season.fallback ? season.textLocale : undefined;
  const cards = useId();
  return (
    <div className="mx-auto max-w-5xl space-y-10 px-4 py-8">
      <header className="space-y-3">
        <Breadcrumbs crumbs={[{ label: relay("title"), href: "/relay" }, { label: season.title, lang }]} />
        <h1 className="text-3xl leading-tight font-bold sm:text-4xl" lang={lang}>
          {season.title}
        </h1>
        <p className="max-w-3xl" lang={lang}>
          {season.description}
        </p>
      </header>

      <section aria-labelledby="course-title" className="space-y-3">
        <h2 id="course-title" className="text-2xl font-bold">
          {t("courseTitle")}
        </h2>
        <CourseMap seasonTitle={season.title} stories={shown} cards={cards} />
      </section>

      <StoryFilters season={season.slug} stories={season.stories} filter={filter} />

      <section aria-labelledby="stories-title" className="space-y-4">
        <h2 id="stories-title" className="text-2xl font-bold">
          {t("storiesTitle")}
        </h2>
        <p className="text-ink-soft">
          {isFiltered(filter) ? t("matching", { count: shown.length, total: season.stories.length }) : t("total", { count: shown.length })}
        </p>
        {shown.length > 0 ? (
          <StoryList stories={shown} idPrefix={cards} />
        ) : (
          <p>
            {t("noMatch")}{" "}
            <Link href={seasonPath(season.slug)} className="underline">
              {t("clear")}
            </Link>
          </p>
        )}
        {isFiltered(filter) && shown.length > 0 && (
          <p>
            <Link href={seasonPath(season.slug)} className="underline">
              {t("clear")}
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
