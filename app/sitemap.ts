import type { MetadataRoute } from "next";
import { unstable_cache } from "next/cache";
import { connection } from "next/server";
import { routing } from "@/i18n/routing";
import { getPublishedPaths } from "@/lib/interviews/queries";
import { localizedUrl } from "@/lib/site/metadata";

// Rendered per request, so `next build` needs no database; the database is asked at most hourly.
const publishedPaths = unstable_cache(getPublishedPaths, ["sitemap-published-paths"], { revalidate: 3600 });

function entry(path: string, lastModified?: Date | string): MetadataRoute.Sitemap {
  const languages = Object.fromEntries(routing.locales.map((locale) => [locale, localizedUrl(locale, path)]));
  return routing.locales.map((locale) => ({
    url: localizedUrl(locale, path),
    ...(lastModified ? { lastModified } : {}),
    alternates: { languages: { ...languages, "x-default": localizedUrl(routing.defaultLocale, path) } },
  }));
}

/** Every public page in both languages: landing, relay, seasons and published interviews. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const { seasons, interviews } = await publishedPaths();
  return [
    ...entry("/"),
    ...entry("/relay"),
    ...seasons.flatMap((season) => entry(`/relay/${season}`)),
    // The cache stores JSON, so dates come back as ISO strings.
    ...interviews.flatMap((i) => entry(`/relay/${i.season}/${i.km}`, i.updatedAt)),
  ];
}
