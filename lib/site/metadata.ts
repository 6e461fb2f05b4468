import type { Metadata } from "next";
import { routing, type AppLocale } from "@/i18n/routing";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { siteUrl } from "./url";

const SITE_NAME: Record<AppLocale, string> = { ja: ja.Metadata.siteName, en: en.Metadata.siteName };
export const OG_LOCALES: Record<AppLocale, string> = { ja: "ja_JP", en: "en_US" };

export function localizedUrl(locale: AppLocale, path: string): string {
  return `${siteUrl()}/${locale}${path === "/" ? "" : path}`;
}

/**
 * Canonical URL, hreflang alternates and Open Graph data for one public page. Complete on its own:
 * a page's `openGraph` and `twitter` replace the layout's rather than merging with them.
 */
export function pageMetadata({
  locale,
  path,
  title,
  description,
  type = "website",
}: {
  locale: AppLocale;
  /** Path without the locale prefix, e.g. "/relay/2025". */
  path: string;
  title: string;
  description: string;
  type?: "website" | "article";
}): Metadata {
  const languages = Object.fromEntries(routing.locales.map((l) => [l, localizedUrl(l, path)]));
  return {
    title,
    description,
    alternates: {
      canonical: localizedUrl(locale, path),
      languages: { ...languages, "x-default": localizedUrl(routing.defaultLocale, path) },
    },
    openGraph: {
      title,
      description,
      url: localizedUrl(locale, path),
      type,
      siteName: SITE_NAME[locale],
      locale: OG_LOCALES[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALES[l]),
    },
    twitter: { card: "summary_large_image", title, description },
  };
}
