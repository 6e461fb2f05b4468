import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

const NAV_ITEMS = [
  { href: "/relay", key: "relay" },
  { href: "/stories", key: "stories" },
  { href: "/#schedule", key: "schedule" },
  { href: "/entry", key: "entry" },
] as const;

/**
 * One line on every screen: on a phone the main menu folds into a <details> element, which opens
 * and closes without JavaScript; from the `sm` breakpoint the links are inline.
 */
export function SiteHeader() {
  const t = useTranslations("Site");
  return (
    <header className="relative border-b border-line bg-white/90">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-4 px-4 py-2 sm:gap-x-6 sm:py-3">
        <Link href="/" className="min-w-0 leading-tight font-bold tracking-wide no-underline">
          <span className="block text-[0.6875rem] font-medium text-ink-soft sm:text-xs">{t("campaignOwner")}</span>
          <span className="sm:text-lg">{t("campaignName")}</span>
        </Link>
        <nav aria-label={t("mainNavigation")} className="hidden sm:block">
          <NavLinks className="flex gap-x-4 text-sm font-medium" />
        </nav>
        <div className="flex items-center gap-2">
          <LanguageSwitcher />
          <details className="group shrink-0 sm:hidden">
            <summary className="flex cursor-pointer list-none items-center gap-1 whitespace-nowrap rounded-full border border-line px-3 py-1 text-sm font-semibold [&::-webkit-details-marker]:hidden">
              <svg viewBox="0 0 16 16" aria-hidden="true" className="size-4">
                <path d="M2 4h12M2 8h12M2 12h12" stroke="currentColor" strokeWidth="2" className="group-open:hidden" />
                <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="2" className="hidden group-open:inline" />
              </svg>
              {t("menu")}
            </summary>
            <nav aria-label={t("mainNavigation")} className="absolute inset-x-0 top-full z-20 border-b border-line bg-white shadow-md">
              <NavLinks className="mx-auto max-w-5xl divide-y divide-line px-4 text-base font-medium [&_a]:block [&_a]:py-3" />
            </nav>
          </details>
        </div>
      </div>
    </header>
  );
}

function NavLinks({ className }: { className: string }) {
  const t = useTranslations("Site.nav");
  return (
    <ul className={className}>
      {NAV_ITEMS.map(({ href, key }) => (
        <li key={key}>
          <Link href={href} className={key === "entry" ? "font-semibold text-accent hover:underline" : "hover:underline"}>
            {t(key)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
