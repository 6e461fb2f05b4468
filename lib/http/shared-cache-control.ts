/**
 * What shared caches (deploy/nginx.conf, a CDN) may do with a public page or photo (decision 23):
 * keep it 1 s, then serve the old copy for at most 4 s while one request fetches the new one. The
 * app's own cache is invalidated on every instance at once (decision 22); this bounds how long a
 * removed page or photo can outlive that in the tier in front: 1 s plus one render, 5 s at most.
 * Browsers do not keep it (no max-age).
 */
export const SHARED_CACHE_SECONDS = 1;
export const SHARED_STALE_SECONDS = 4;
export const SHARED_CACHE_CONTROL = `s-maxage=${SHARED_CACHE_SECONDS}, stale-while-revalidate=${SHARED_STALE_SECONDS}`;

/**
 * Next.js derives s-maxage from a page's `revalidate` (60 s: how often the app re-renders it);
 * shared caches get the short lifetime instead. Anything not meant for shared caches is kept.
 */
export function forSharedCaches(cacheControl: string): string {
  return /(^|[\s,])s-maxage=/i.test(cacheControl) ? SHARED_CACHE_CONTROL : cacheControl;
}
