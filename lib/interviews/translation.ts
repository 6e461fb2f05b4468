import type { AppLocale } from "@/i18n/routing";

/**
 * Picks the version in the requested language, or else the other one, saying so: a story or a
 * season missing in one language is shown in the other with a notice, never as an empty page.
 */
export function pickTranslation<T extends { locale: AppLocale }>(
  translations: readonly T[],
  locale: AppLocale,
): { translation: T; fallback: boolean } | null {
  const wanted = translations.find((t) => t.locale === locale);
  if (wanted) return { translation: wanted, fallback: false };
  const other = translations[0];
  return other ? { translation: other, fallback: true } : null;
}
