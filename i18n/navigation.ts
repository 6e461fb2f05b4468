import { localizeHref } from "./paths";
import type { AppLocale } from "./routing";

// Not next-intl's createNavigation: importing it anywhere in a page's server tree ships next-intl's
// client runtime to the browser (about 17 KB gzip), even where only server components use it.
// Routing is simple (every locale prefixed, no localized pathnames), so these do the same job
// without it (docs/decisions/0010-lean-public-pages.md).
export { Link } from "./link";

/** The path of `href` in `locale`, e.g. for a link built outside JSX. */
export function getPathname({ href, locale }: { href: string; locale: AppLocale }): string {
  return localizeHref(href, locale);
}
