import type { Metadata } from "next";
import { SeasonView } from "@/components/relay/season-view";
import { PageNotFound, withFailurePages } from "@/components/site/failure-pages";
import { NO_FILTER, seasonPath } from "@/lib/interviews/filters";
import { getSeason } from "@/lib/interviews/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/relay/[season]">): Promise<Metadata> {
  const locale = await pageLocale();
  const { season: slug } = await params;
  const season = await getSeason(slug, locale);
  if (!season) return {};
  return pageMetadata({ locale, path: seasonPath(slug), title: season.title, description: season.description });
}

async function SeasonPage({ params }: PageProps<"/[locale]/relay/[season]">) {
  const locale = await pageLocale();
  const { season: slug } = await params;
  const season = await getSeason(slug, locale);
  if (!season) return <PageNotFound />;
  return <SeasonView season={season} filter={NO_FILTER} />;
}

export default withFailurePages(SeasonPage);
