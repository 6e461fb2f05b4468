import { hasLocale } from "next-intl";
import { notFound } from "next/navigation";
import { locale as rootLocale } from "next/root-params";
import { routing, type AppLocale } from "@/i18n/routing";

/**
 * The locale of a public page. A path that is not a locale (e.g. /favicon.ico) reaches the page
 * too, rendered alongside the layout that answers 404: it must stop before querying anything.
 */
export async function pageLocale(): Promise<AppLocale> {
  const locale = await rootLocale();
  if (!hasLocale(routing.locales, locale)) notFound();
  return locale;
}
