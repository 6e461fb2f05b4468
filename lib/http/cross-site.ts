/**
 * A console POST sent by another site (a form or script elsewhere riding a staff member's cookie).
 * Next.js aborts such a server action itself, but with a 500 before any of our code runs; the
 * proxy refuses it first with a 403. Browsers send Origin on every POST and Sec-Fetch-Site on
 * most; a request with neither does not come from a page in a browser, so it has no cookie to ride.
 */
export function isCrossSitePost(method: string, headers: Headers, host: string | null): boolean {
  if (method !== "POST") return false;
  if (headers.get("sec-fetch-site") === "cross-site") return true;
  const origin = headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" and other opaque origins
  }
}
