import { useLocale, useTranslations } from "next-intl";
import { routing } from "@/i18n/routing";
import { chooseLanguageAction } from "@/lib/admin/actions/session";

/** Two buttons that switch the console language (a form, so it works without JavaScript). */
export function LanguageSwitch() {
  const t = useTranslations("Admin.nav");
  const current = useLocale();
  return (
    <form action={chooseLanguageAction} aria-label={t("language")} className="flex gap-1 text-sm">
      {routing.locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className={`rounded px-2 py-0.5 ${locale === current ? "bg-ink font-semibold text-white" : "underline hover:bg-ink/10"}`}
        >
          {t(`languages.${locale}`)}
        </button>
      ))}
    </form>
  );
}
