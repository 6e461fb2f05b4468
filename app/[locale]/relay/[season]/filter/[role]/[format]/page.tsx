import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SeasonView } from "@/components/relay/season-view";
import { PageNotFound, withFailurePages } from "@/components/site/failure-pages";
import type { AppLocale } from "@/i18n/routing";
import { parseFilter, seasonPath, type StoryFilter } from "@/lib/interviews/filters";
import { getSeason } from "@/lib/interviews/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";

// A filtered view of a season is its own cached page, reached by plain links (no JavaScript).
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/relay/[season]/filter/[role]/[format]">;

async function load(params: Props["params"]) {
  const locale = await pageLocale();
  const { season: slug, role, format } = await params;
  const filter = parseFilter(role, format);
  const season = filter ? await getSeason(slug, locale) : null;
  return season && filter ? { locale, season, filter } : null;
}

async function filterLabel(locale: AppLocale, filter: StoryFilter): Promise<string> {
  const roles = await getTranslations({ locale, namespace: "Roles" });
  const formats = await getTranslations({ locale, namespace: "Formats" });
  return [filter.role && roles(filter.role), filter.format && formats(filter.format)].filter(Boolean).join(" / ");
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  if (!page) return {};
  const t = await getTranslations({ locale: page.locale, namespace: "Season" });
  const title = t("filteredTitle", { season: page.season.title, filter: await filterLabel(page.locale, page.filter) });
  return {
    ...pageMetadata({ locale: page.locale, path: seasonPath(page.season.slug, page.filter), title, description: page.season.description }),
    // The unfiltered season page is the one to index; filtered views only repeat it.
    robots: { index: false, follow: true },
  };
}

async function FilteredSeasonPage({ params }: Props) {
  const page = await load(params);
  if (!page) return <PageNotFound />;
  return <SeasonView season={page.season} filter={page.filter} />;
}

export default withFailurePages(FilteredSeasonPage);
