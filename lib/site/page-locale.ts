import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { locale as rootLocale } from "next/root-params";
import { routing, type AppLocale } from "@/i18n/routing";

/**
 * The locale of a public page and of its metadata: every page under app/[locale] reads it here.
 * A path that is not a locale (e.g. /favicon.ico) reaches the page too, rendered alongside the
 * layout that answers 404: it must stop before querying anything, so this answers 404 itself.
 */
export async function pageLocale(): Promise<AppLocale> {
  return knownLocale(await rootLocale());
}

/** The same check for an image route, which gets the locale from its params (root params do not reach it). */
export function knownLocale(locale: string | undefined): AppLocale {
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}
