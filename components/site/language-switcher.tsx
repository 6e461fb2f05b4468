import { useLocale, useTranslations } from "next-intl";
import { routing } from "@/i18n/routing";
import { LocaleSwitchLink } from "./locale-switch-link";

/** Links to the same page in the other language(s). */
export function LanguageSwitcher() {
  const t = useTranslations("LanguageSwitcher");
  const current = useLocale();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className="max-sm:hidden rounded-full bg-ink px-3 py-1 font-semibold text-white">
                {t(`name.${locale}`)}
              </span>
            ) : (
              <LocaleSwitchLink
                locale={locale}
                className="rounded-full px-3 py-1 whitespace-nowrap underline-offset-2 hover:bg-ink/10 hover:underline"
              >
                {t(`name.${locale}`)}
              </LocaleSwitchLink>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
