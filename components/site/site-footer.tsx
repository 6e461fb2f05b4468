import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function SiteFooter() {
  const t = useTranslations("Site");
  const legal = useTranslations("Legal");
  return (
    <footer className="mt-16 border-t border-line bg-ink text-white">
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-8 text-sm">
        <nav aria-label={legal("linksLabel")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li>
              <Link href="/terms" className="underline hover:no-underline">
                {legal("terms")}
              </Link>
            </li>
            <li>
              <Link href="/privacy" className="underline hover:no-underline">
                {legal("privacy")}
              </Link>
            </li>
          </ul>
        </nav>
        <p>{t("footer.organiser")}</p>
        <p className="text-white/80">{t("footer.social")}</p>
        <p className="text-white/80">{t("footer.copyright")}</p>
      </div>
    </footer>
  );
}
