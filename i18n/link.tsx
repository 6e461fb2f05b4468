"use client";

import { useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { isAppLocale, localizeHref } from "./paths";
import { routing, type AppLocale } from "./routing";

type LinkProps = Omit<ComponentProps<"a">, "href"> & { href: string; locale?: AppLocale };

/**
 * A link to a page of the site in the current locale (or `locale`). A plain `<a>`: pages that use
 * it ship neither next-intl's client runtime nor the client router's link code
 * (docs/decisions/0010-lean-public-pages.md). Works in server and client components.
 */
export function Link({ href, locale, ...rest }: LinkProps) {
  const current = useParams<{ locale?: string }>()?.locale;
  const target = locale ?? (isAppLocale(current) ? current : routing.defaultLocale);
  return <a href={localizeHref(href, target)} {...rest} />;
}
