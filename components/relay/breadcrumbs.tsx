import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export type Crumb = { label: string; href?: string; lang?: string };

/** Where the page sits in the archive; the last crumb is the current page. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  const t = useTranslations("Season");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm">
      <ol className="flex flex-wrap gap-x-2 text-ink-soft">
        {crumbs.map((crumb, i) => (
          <li key={i} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            {crumb.href ? (
              <Link href={crumb.href} lang={crumb.lang} className="underline hover:text-ink">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current="page" lang={crumb.lang}>
                {crumb.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
