import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/routing";

/** Says that what follows is in the other language because this one has no version yet. */
export function FallbackNotice({ shown }: { shown: AppLocale }) {
  const t = useTranslations("Interview");
  const languages = useTranslations("Languages");
  const requested = useLocale();
  return (
    <p role="note" data-testid="fallback-notice" className="rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-3 font-medium">
      {t("fallbackNotice", { requested: languages(requested), shown: languages(shown) })}
    </p>
  );
}
