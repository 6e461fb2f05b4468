import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { StoryCard } from "@/lib/interviews/archive";
import { FORMATS, matchesFilter, ROLES, seasonPath, type StoryFilter } from "@/lib/interviews/filters";

type Option = { key: string; label: string; filter: StoryFilter; active: boolean };

/**
 * Filters as plain links to cached, filtered pages: they work without JavaScript. Each option
 * shows how many stories it leaves; an option that would leave none is not a link.
 */
export function StoryFilters({ season, stories, filter }: { season: string; stories: StoryCard[]; filter: StoryFilter }) {
  const t = useTranslations("Season");
  const roles = useTranslations("Roles");
  const formats = useTranslations("Formats");
  const roleOptions: Option[] = [
    { key: "all", label: t("all"), filter: { ...filter, role: null }, active: filter.role === null },
    ...ROLES.map((role) => ({ key: role, label: roles(role), filter: { ...filter, role }, active: filter.role === role })),
  ];
  const formatOptions: Option[] = [
    { key: "all", label: t("all"), filter: { ...filter, format: null }, active: filter.format === null },
    ...FORMATS.map((format) => ({ key: format, label: formats(format), filter: { ...filter, format }, active: filter.format === format })),
  ];
  return (
    <section aria-labelledby="filters-title" className="rounded-lg bg-white p-4 ring-1 ring-line">
      <h2 id="filters-title" className="text-lg font-bold">
        {t("filtersTitle")}
      </h2>
      <FilterGroup id="filter-role" label={t("roleFilter")} options={roleOptions} season={season} stories={stories} />
      <FilterGroup id="filter-format" label={t("formatFilter")} options={formatOptions} season={season} stories={stories} />
    </section>
  );
}

function FilterGroup({
  id,
  label,
  options,
  season,
  stories,
}: {
  id: string;
  label: string;
  options: Option[];
  season: string;
  stories: StoryCard[];
}) {
  return (
    <div role="group" aria-labelledby={id} className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-baseline">
      <p id={id} className="w-16 shrink-0 text-sm font-semibold">
        {label}
      </p>
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => {
          const count = stories.filter((story) => matchesFilter(story, option.filter)).length;
          const content = (
            <>
              {option.label} <span className="text-xs">({count})</span>
            </>
          );
          return (
            <li key={option.key}>
              {option.active ? (
                <span aria-current="page" className="inline-block rounded-full bg-ink px-3 py-1 text-sm font-semibold text-white">
                  {content}
                </span>
              ) : count === 0 ? (
                <span className="inline-block rounded-full border border-dashed border-line px-3 py-1 text-sm text-ink-soft">{content}</span>
              ) : (
                <Link href={seasonPath(season, option.filter)} className="filter-option">
                  {content}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
