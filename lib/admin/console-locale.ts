import "server-only";
import { cookies } from "next/headers";
import type { AppLocale } from "@/i18n/routing";
import { ADMIN_LOCALE_COOKIE, sessionCookieSecure } from "@/lib/auth/cookie";

/** Remembers the console language on this browser (i18n/request.ts reads it). */
export async function setConsoleLocaleCookie(locale: AppLocale) {
  (await cookies()).set(ADMIN_LOCALE_COOKIE, locale, {
    path: "/admin",
    httpOnly: true,
    sameSite: "lax",
    secure: sessionCookieSecure(),
    maxAge: 400 * 24 * 3600,
  });
}
