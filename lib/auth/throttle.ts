/**
 * How sign-in slows down after failed passwords. Pure, so the policy is tested without a clock.
 * The first `freeAttempts` failures cost nothing; each further one locks the account for a delay
 * that doubles (1 s, 2 s, 4 s, … up to `maxDelaySeconds`); from `lockAfter` failures on, the
 * account is locked for `lockMinutes`. A successful sign-in resets the count.
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
