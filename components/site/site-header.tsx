import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

export function SiteHeader() {
  const t = useTranslations("Site");
  return (
    <header className="border-b border-line bg-white/90">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="font-bold tracking-wide no-underline">
          <span className="block text-xs font-medium text-ink-soft">{t("campaignOwner")}</span>
          <span className="text-lg">{t("campaignName")}</span>
        </Link>
        <nav aria-label={t("mainNavigation")} className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            <li>
              <Link href="/relay" className="hover:underline">
                {t("nav.relay")}
              </Link>
            </li>
            <li>
              <Link href="/stories" className="hover:underline">
                {t("nav.stories")}
              </Link>
            </li>
            <li>
              <Link href="/#schedule" className="hover:underline">
                {t("nav.schedule")}
              </Link>
            </li>
            <li>
              <Link href="/entry" className="font-semibold text-accent hover:underline">
                {t("nav.entry")}
              </Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
