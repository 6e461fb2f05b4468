import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing, type AppLocale } from "@/i18n/routing";
import { siteUrl } from "./url";

export const OG_LOCALES: Record<AppLocale, string> = { ja: "ja_JP", en: "en_US" };

export function localizedUrl(locale: AppLocale, path: string): string {
  return `${siteUrl()}/${locale}${path === "/" ? "" : path}`;
}

/** Title, canonical URL, hreflang alternates and Open Graph data for one public page. */
export async function pageMetadata({
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
}): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const languages = Object.fromEntries(routing.locales.map((l) => [l, localizedUrl(l, path)]));
  return {
    title: { absolute: `${title} | ${t("siteName")}` },
    description,
    alternates: {
      canonical: localizedUrl(locale, path),
      languages: { ...languages, "x-default": localizedUrl(routing.defaultLocale, path) },
    },
    // Next replaces (does not merge) the layout's openGraph, so every field is set here.
    openGraph: {
      title,
      description,
      url: localizedUrl(locale, path),
      type,
      siteName: t("siteName"),
      locale: OG_LOCALES[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALES[l]),
    },
    twitter: { title, description },
  };
}
