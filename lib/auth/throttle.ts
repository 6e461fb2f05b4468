import "server-only";
import { createHmac } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formSecret } from "@/lib/entries/config";

/**
 * How sign-in slows down after failed passwords, per client address (the trusted address of
 * decision 11), so an attacker slows only themselves and can never lock staff out. Pure policy
 * first, so it is tested without a clock: the first `freeAttempts` failures cost nothing; each
 * further one blocks the address for a delay that doubles (1 s, 2 s, 4 s, … up to
 * `maxDelaySeconds`); from `lockAfter` failures on, for `lockMinutes`. Failures are forgotten an
 * hour after the last one, and a successful sign-in from the address clears them.
 */
export type ThrottlePolicy = {
  freeAttempts: number;
  maxDelaySeconds: number;
  lockAfter: number;
  lockMinutes: number;
};

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  freeAttempts: Number(process.env.STAFF_LOGIN_FREE_ATTEMPTS ?? 3),
  maxDelaySeconds: 60,
  lockAfter: Number(process.env.STAFF_LOGIN_LOCK_AFTER ?? 10),
  lockMinutes: Number(process.env.STAFF_LOGIN_LOCK_MINUTES ?? 15),
};

/** When the next attempt is allowed after the `failures`-th consecutive failure (null: at once). */
export function lockedUntilAfter(failures: number, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE): Date | null {
  if (failures >= policy.lockAfter) return new Date(now.getTime() + policy.lockMinutes * 60_000);
  if (failures <= policy.freeAttempts) return null;
  const seconds = Math.min(2 ** (failures - policy.freeAttempts - 1), policy.maxDelaySeconds);
  return new Date(now.getTime() + seconds * 1000);
}

/** The table holds a keyed hash of the address, never the address itself. */
export function addressKey(address: string): string {
  return createHmac("sha256", formSecret()).update(`staff-sign-in:${address}`).digest("hex").slice(0, 32);
}

type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

/** Until when the address must wait, or null if it may try now. */
export async function addressBlockedUntil(db: Db, key: string, now: Date): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ blockedUntil: Date | null }[]>`SELECT "blockedUntil" FROM "SignInThrottle" WHERE key = ${key}`;
  return row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null;
}

/** Counts a failure from the address (in SQL, so parallel guesses each count); returns its wait. */
export async function recordAddressFailure(db: Db, key: string, now: Date, policy: ThrottlePolicy = DEFAULT_THROTTLE): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" (key, failures, "lastFailureAt") VALUES (${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      failures = CASE WHEN "SignInThrottle"."lastFailureAt" < ${now}::timestamp - interval '1 hour' THEN 1 ELSE "SignInThrottle".failures + 1 END,
      "lastFailureAt" = ${now}
    RETURNING failures`;
  const blockedUntil = lockedUntilAfter(row!.failures, now, policy);
  await db.$executeRaw`UPDATE "SignInThrottle" SET "blockedUntil" = ${blockedUntil} WHERE key = ${key}`;
  return blockedUntil;
}

export async function clearAddress(db: Db, key: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "SignInThrottle" WHERE key = ${key}`;
}
