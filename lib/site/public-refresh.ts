import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { formSecret } from "@/lib/entries/config";
import { siteUrl } from "./url";

/**
 * Re-rendering the cached public pages from outside the server (the command line cannot call
 * revalidatePath): an internal endpoint, authenticated by a key derived from FORM_SECRET, which the
 * server and the commands share. One instance answers; the scale-out work (issue 11) can route
 * `requestPublicRefresh` through its cross-instance invalidation instead.
 */
export const PUBLIC_REFRESH_PATH = "/api/internal/revalidate";

function refreshKey(secret: string): string {
  return createHmac("sha256", secret).update("refresh-public-pages").digest("base64url");
}

export function isRefreshAuthorized(authorization: string | null, secret = formSecret()): boolean {
  const expected = Buffer.from(`Bearer ${refreshKey(secret)}`);
  const given = Buffer.from(authorization ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Asks the site to re-render its public pages on their next request; false if it was not reached. */
export async function requestPublicRefresh({ origin = siteUrl(), secret = formSecret() } = {}): Promise<boolean> {
  try {
    const response = await fetch(`${origin}${PUBLIC_REFRESH_PATH}`, {
      method: "POST",
      headers: { authorization: `Bearer ${refreshKey(secret)}` },
      signal: AbortSignal.timeout(5_000),
    });
    return response.ok;
  } catch {
    return false;
  }
}
