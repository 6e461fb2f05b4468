import { defineRouting } from "next-intl/routing";

/** The cookie that remembers a visitor's chosen language for their next visit to `/`. */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export const routing = defineRouting({
  locales: ["ja", "en"],
  defaultLocale: "ja",
  localePrefix: "always",
  localeCookie: { name: LOCALE_COOKIE, sameSite: "lax" },
});

export type AppLocale = (typeof routing.locales)[number];

/** All dates and times on the site are shown in Japan time. */
export const TIME_ZONE = "Asia/Tokyo";
