import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { locale as rootLocale } from "next/root-params";
import { FORMATS } from "./formats";
import { ADMIN_LOCALE_COOKIE } from "@/lib/auth/cookie";
import { routing, TIME_ZONE } from "./routing";

export default getRequestConfig(async ({ locale: explicitLocale }) => {
  // Route handlers and server actions cannot read root params: they pass the locale explicitly.
  // The staff console (/admin) has no locale segment: staff choose its language, kept in a
  // cookie. Public pages always have the root param, so they never read cookies (and stay static).
  const candidate = explicitLocale ?? (await rootLocale()) ?? (await cookies()).get(ADMIN_LOCALE_COOKIE)?.value;
  const locale = hasLocale(routing.locales, candidate) ? candidate : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: TIME_ZONE,
    formats: FORMATS,
  };
});
