"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { refresh } from "@/lib/admin/run-action";
import { setConsoleLocaleCookie } from "@/lib/admin/console-locale";
import { setStaffLocale } from "@/lib/auth/accounts";
import { sessionCookieName, sessionCookieOptions } from "@/lib/auth/cookie";
import { currentStaff, requireStaff, SIGN_IN_PATH } from "@/lib/auth/guard";
import { revokeSession } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";

/**
 * Switches the console language. Open to visitors too (the sign-in page has the switch); for a
 * signed-in staff member it also becomes their saved preference.
 */
export async function chooseLanguageAction(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  if (typeof locale !== "string" || !hasLocale(routing.locales, locale)) return;
  await setConsoleLocaleCookie(locale);
  const staff = await currentStaff();
  if (staff) await setStaffLocale(db, staff.id, locale);
  refresh();
}

/** Ends the session on the server (the token stops working everywhere), then clears the cookie. */
export async function signOutAction(): Promise<void> {
  const staff = await requireStaff();
  const jar = await cookies();
  const token = jar.get(sessionCookieName())?.value;
  if (token) await revokeSession(db, token);
  await recordAudit(db, { actorId: staff.id, action: "staff.sign_out", entityType: "staff", entityId: staff.id });
  // Expired with the same attributes, so the browser also drops a __Host- cookie.
  jar.set(sessionCookieName(), "", sessionCookieOptions(new Date(0)));
  redirect(SIGN_IN_PATH);
}
