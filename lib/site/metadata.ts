import type { Metadata } from "next";
import { routing, type AppLocale } from "@/i18n/routing";
import { siteUrl } from "./url";

export function localizedUrl(locale: AppLocale, path: string): string {
  return `${siteUrl()}/${locale}${path === "/" ? "" : path}`;
}

/** Canonical URL, hreflang alternates and Open Graph data for one public page. */
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
    // A page's openGraph replaces the layout's whole object, so the locale is set here again.
    openGraph: { title, description, url: localizedUrl(locale, path), type, locale: locale === "ja" ? "ja_JP" : "en_US" },
    twitter: { title, description },
  };
}
