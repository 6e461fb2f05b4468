import { siteUrl } from "@/lib/site/url";

/**
 * The session cookie is Secure in production, except when the site itself is served over plain
 * http on localhost (the production build under test), where browsers would drop it otherwise.
 * A Secure cookie gets the `__Host-` prefix: the browser then refuses it from any subdomain or path.
 */
export function sessionCookieSecure(): boolean {
  if (process.env.NODE_ENV !== "production") return false;
  const { protocol, hostname } = new URL(siteUrl());
  return !(protocol === "http:" && (hostname === "localhost" || hostname === "127.0.0.1"));
}

export function sessionCookieName(): string {
  return sessionCookieSecure() ? "__Host-cs_staff" : "cs_staff";
}

export function sessionCookieOptions(expires: Date) {
  return { httpOnly: true, secure: sessionCookieSecure(), sameSite: "lax" as const, path: "/", expires };
}

/** The console language before sign-in (after sign-in, the staff member's own setting wins). */
export const ADMIN_LOCALE_COOKIE = "cs_admin_locale";

/**
 * The entrant's page session (docs/decisions/0027-entrant-page.md): the same Secure rule, and
 * SameSite=Strict: only the page's own forms and reloads need it, never a link from elsewhere.
 */
export function entrantCookieName(): string {
  return sessionCookieSecure() ? "__Host-cs_entrant" : "cs_entrant";
}

export function entrantCookieOptions(expires: Date) {
  return { httpOnly: true, secure: sessionCookieSecure(), sameSite: "strict" as const, path: "/", expires };
}
