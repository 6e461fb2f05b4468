import "server-only";
import { createHash } from "node:crypto";
import { openWindowCondition } from "@/lib/campaign/state";
import type { Queryable } from "@/lib/db/queryable";

const HOUR_MS = 60 * 60 * 1000;

/** Rate-limit key for a client address; hashed so the table holds no IP addresses. */
export function clientKey(address: string, secret: string): string {
  return `entry:${createHash("sha256").update(`${secret}:${address}`).digest("hex").slice(0, 32)}`;
}

/**
 * The client address: `npm start`'s server replaces X-Forwarded-For with the one address it
 * trusts (socket or configured proxy hops, lib/http/client-address.ts) before Next.js sees it.
 */
export function clientAddress(forwardedFor: string | null): string {
  return forwardedFor?.trim() || "unknown";
}

export type Admission = { windowNumber: number | null; attemptsThisHour: number };

/**
 * Counts this submission against its client's hourly bucket (shared by every app instance) and
 * says which entry window is open at `now`, in one round trip. The window is checked again when
 * the entry is written.
 *
 * The counter commits asynchronously (synchronous_commit off, for this statement only): every
 * submission from one address updates the same row, and waiting for the disk with its lock held
 * would queue them all behind each other. A crash can forget the last few counts; nothing else.
 */
export async function admitSubmission(db: Queryable, { key, now }: { key: string; now: Date }): Promise<Admission> {
  const bucket = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  const { rows } = await db.query<{ attempts: number; windowNumber: number | null }>({
    name: "entries.admit",
    text: `WITH asynchronous AS (
             SELECT set_config('synchronous_commit', 'off', true)
           ),
           bucket AS (
             INSERT INTO "RateLimitBucket" (key, "windowStart", count) VALUES ($1, $2::timestamp, 1)
             ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
             RETURNING count
           )
           SELECT (SELECT count FROM bucket) AS attempts,
                  (SELECT number FROM "EntryWindow" WHERE ${openWindowCondition("$3")}
                   ORDER BY number LIMIT 1) AS "windowNumber"
           FROM asynchronous`,
    values: [key, bucket.toISOString(), now.toISOString()],
  });
  const row = rows[0]!;
  return { windowNumber: row.windowNumber, attemptsThisHour: row.attempts };
}

/** Forgets buckets that ended before `before`. */
export async function pruneRateLimitBuckets(db: Queryable, before: Date): Promise<number> {
  const result = await db.query(`DELETE FROM "RateLimitBucket" WHERE "windowStart" < $1::timestamp`, [
    new Date(before.getTime() - HOUR_MS).toISOString(),
  ]);
  return result.rowCount ?? 0;
}
