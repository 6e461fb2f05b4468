import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { FORMATS } from "./formats";
import { routing, TIME_ZONE } from "./routing";

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  // Route handlers and server actions cannot read root params: they pass the locale explicitly.
  const candidate = explicitLocale ?? (await rootLocale());
  const locale = hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: TIME_ZONE,
    formats: FORMATS,
  };
});
