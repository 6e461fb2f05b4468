import { defineRouting } from "next-intl/routing";

export const routing = defineRouting({
  locales: ["ja", "en"],
  defaultLocale: "ja",
  localePrefix: "always",
});

export type AppLocale = (typeof routing.locales)[number];

/** All dates and times on the site are shown in Japan time. */
export const TIME_ZONE = "Asia/Tokyo";
