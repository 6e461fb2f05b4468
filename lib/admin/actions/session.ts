"use server";

import "server-only";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { consoleAction, consoleFormAction, NOT_AUDITED } from "@/lib/admin/action";
import { setConsoleLocaleCookie } from "@/lib/admin/console-locale";
import { Refusal } from "@/lib/admin/refusal";
import { setStaffLocale } from "@/lib/auth/accounts";
import { sessionCookieName, sessionCookieOptions } from "@/lib/auth/cookie";
import { SIGN_IN_PATH } from "@/lib/auth/sign-in-path";
import { revokeSession } from "@/lib/auth/sessions";
import { signIn } from "@/lib/auth/sign-in";
import { recordAudit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/entries/admission";
import { consoleLanguageSchema, signInSchema } from "@/lib/validation/staff";

/** The one console action open to visitors without a session: it is how a session starts. */
export const signInAction = consoleAction({
  access: "public",
  schema: signInSchema,
  invalid: "signIn.invalid",
  run: async (credentials) => {
    const address = clientAddress((await headers()).get("x-forwarded-for"));
    const result = await signIn(db, credentials, { address });
    if (!result.ok) throw result.reason === "throttled" ? new Refusal("signIn.throttled", { detail: result.retryAt.toISOString() }) : new Refusal("signIn.invalid");
    (await cookies()).set(sessionCookieName(), result.token, sessionCookieOptions(result.expiresAt));
    await setConsoleLocaleCookie(result.staff.locale);
    // A reviewer starts where their work is: their queue.
    return { audit: result.audit, redirectTo: result.staff.role === "reviewer" ? "/admin/queue" : "/admin" };
  },
});

/**
 * Switches the console language. Open to visitors too (the sign-in page has the switch); for a
 * signed-in staff member it also becomes their saved preference.
 */
export const chooseLanguageAction = consoleFormAction({
  access: "public",
  schema: consoleLanguageSchema,
  run: async ({ locale }, staff) => {
    await setConsoleLocaleCookie(locale);
    if (staff) await setStaffLocale(db, staff.id, locale);
    return { audit: NOT_AUDITED };
  },
});

/** Ends the session on the server (the token stops working everywhere), then clears the cookie. */
export const signOutAction = consoleFormAction({
  access: "reviewer",
  schema: z.object({}),
  run: async (_, staff) => {
    const jar = await cookies();
    const token = jar.get(sessionCookieName())?.value;
    if (token) await revokeSession(db, token);
    const audit = await recordAudit(db, { actorId: staff.id, action: "staff.sign_out", entityType: "staff", entityId: staff.id });
    // Expired with the same attributes, so the browser also drops a __Host- cookie.
    jar.set(sessionCookieName(), "", sessionCookieOptions(new Date(0)));
    return { audit, redirectTo: SIGN_IN_PATH };
  },
});
