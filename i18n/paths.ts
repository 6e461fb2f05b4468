import { routing, type AppLocale } from "./routing";

// Plain helpers rather than next-intl's: they run in client components, where importing next-intl
// would bring its whole client runtime (docs/decisions/0010-lean-public-pages.md).

export function isAppLocale(value: unknown): value is AppLocale {
  return (routing.locales as readonly unknown[]).includes(value);
}

/** `/relay?x#y` → `/ja/relay?x#y`. Every locale is prefixed; external and `#…` links stay as they are. */
export function localizeHref(href: string, locale: AppLocale): string {
  if (!href.startsWith("/") || href.startsWith("//")) return href;
  const end = href.search(/[?#]/);
  const pathname = end === -1 ? href : href.slice(0, end);
  const suffix = end === -1 ? "" : href.slice(end);
  return `/${locale}${pathname === "/" ? "" : pathname}${suffix}`;
}

/** The same page in another locale: `/ja/relay/2025` → `/en/relay/2025`. */
export function switchLocale(pathname: string, locale: AppLocale): string {
  const [, first, ...rest] = pathname.split("/");
  return localizeHref(isAppLocale(first) ? `/${rest.join("/")}` : pathname, locale);
}
