import { useTranslations } from "next-intl";

export function SiteFooter() {
  const t = useTranslations("Site");
  return (
    <footer className="mt-16 border-t border-line bg-ink text-white">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm">
        <p>{t("footer.organiser")}</p>
        <p className="text-white/80">{t("footer.social")}</p>
        <p className="text-white/80">{t("footer.copyright")}</p>
      </div>
    </footer>
  );
}
