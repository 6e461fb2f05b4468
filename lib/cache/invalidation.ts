import type { Queryable } from "../db/queryable.ts";

/**
 * Invalidation of the shared page cache (decision 22), usable from any process that can reach
 * PostgreSQL: the Next.js cache handler, and command-line scripts without Next.js. Imported by the
 * handler, which Node loads without a bundler: relative imports with their extension only.
 */

/** The channel every app instance LISTENs on; the payload is `{"tags":[…],"at":ms}`. */
export const PAGE_CACHE_CHANNEL = "page_cache";

/**
 * Next.js names a path `_N_T_<path>` as a cache tag (`revalidatePath(path, "layout")` adds
 * `/layout`). Every public page carries this one: `revalidatePath("/[locale]", "layout")`.
 */
export const PUBLIC_PAGES_TAG = "_N_T_/[locale]/layout";

export type Invalidation = { tags: string[]; at: number };

/**
 * Expires `tags` on every instance: records when (so an entry rendered before is never served
 * again, from PostgreSQL or from memory), deletes the stored entries carrying them, and notifies
 * every listening instance, all in one statement (the notification leaves on commit).
 */
export async function invalidateEverywhere(db: Queryable, tags: readonly string[], at = Date.now()): Promise<void> {
  if (tags.length === 0) return;
  const payload: Invalidation = { tags: [...tags], at };
  await db.query(
    `WITH marked AS (
       INSERT INTO "PageCacheTag" ("tag", "expiredAt") SELECT unnest($1::text[]), $2
       ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = GREATEST("PageCacheTag"."expiredAt", EXCLUDED."expiredAt")
     ), removed AS (
       DELETE FROM "PageCacheEntry" WHERE "tags" && $1::text[]
     )
     SELECT pg_notify($3, $4)`,
    [payload.tags, at, PAGE_CACHE_CHANNEL, JSON.stringify(payload)],
  );
}

/** Every public page, everywhere: for a change made outside the console (e.g. `npm run campaign`). */
export function invalidatePublicPages(db: Queryable): Promise<void> {
  return invalidateEverywhere(db, [PUBLIC_PAGES_TAG]);
}

export function parseInvalidation(payload: string | undefined): Invalidation | null {
  try {
    const parsed = JSON.parse(payload ?? "") as Partial<Invalidation>;
    if (!Array.isArray(parsed.tags) || typeof parsed.at !== "number") return null;
    return { tags: parsed.tags.filter((tag): tag is string => typeof tag === "string"), at: parsed.at };
  } catch {
    return null;
  }
}
