import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { routing, TIME_ZONE } from "./routing";

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  // Route handlers and server actions cannot read root params: they pass the locale explicitly.
  const candidate = explicitLocale ?? (await rootLocale());
  const locale = hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: TIME_ZONE,
    formats: {
      dateTime: {
        dateTime: { year: "numeric", month: "long", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
        date: { year: "numeric", month: "long", day: "numeric" },
      },
    },
  };
});
