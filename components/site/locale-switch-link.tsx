"use client";

import { usePathname } from "next/navigation";
import type { ComponentProps } from "react";
import { switchLocale } from "@/i18n/paths";
import { LOCALE_COOKIE, type AppLocale } from "@/i18n/routing";

type Props = Omit<ComponentProps<"a">, "href" | "lang" | "hrefLang" | "onClick"> & { locale: AppLocale };

/** A link to the current page in `locale`; following it makes `locale` the visitor's choice for `/`. */
export function LocaleSwitchLink({ locale, ...rest }: Props) {
  const pathname = usePathname();
  return (
    <a
      href={switchLocale(pathname, locale)}
      lang={locale}
      hrefLang={locale}
      onClick={() => (document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; samesite=lax`)}
      {...rest}
    />
  );
}
