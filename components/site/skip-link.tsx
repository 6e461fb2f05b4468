import { useTranslations } from "next-intl";

export function SkipLink() {
  const t = useTranslations("Site");
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded bg-ink px-4 py-2 text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      {t("skipToContent")}
    </a>
  );
}
