import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { queueAccountAlert } from "@/lib/mail/staff-alert";
import { dummyPasswordHash, verifyPassword } from "./password";
import { revokeAllSessions, createSession, type Staff } from "./sessions";
import { addressBlockedUntil, addressKey, clearAddress, DEFAULT_THROTTLE, recordAddressFailure, type ThrottlePolicy } from "./throttle";

export type SignInResult =
  | { ok: true; staff: Staff; token: string; expiresAt: Date; audit: AuditReceipt }
  /** One answer for a wrong password, an unknown email, a disabled or an attacked account. */
  | { ok: false; reason: "invalid" }
  /** This client address must wait, whatever email it tries: it tells nothing about accounts. */
  | { ok: false; reason: "throttled"; retryAt: Date };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Options = { address: string; now?: Date; policy?: ThrottlePolicy; checkPassword?: typeof verifyPassword };

/**
 * Checks a password and opens a session (decision 7). Every refused branch does the same work: one
 * argon2 verification (against a dummy hash for an unknown email), one count for the address and
 * one for the account (an UPDATE that matches no row for an unknown email). Failures slow the
 * client address down, never the account, so nobody can lock staff out; when an account collects
 * `lockAfter` failures its owner is told by email. Signing in ends the account's other sessions.
 */
export async function signIn(
  db: PrismaClient,
  input: { email: string; password: string },
  { address, now = new Date(), policy = DEFAULT_THROTTLE, checkPassword = verifyPassword }: Options,
): Promise<SignInResult> {
  const key = addressKey(address);
  const waitUntil = await addressBlockedUntil(db, key, now);
  if (waitUntil) return { ok: false, reason: "throttled", retryAt: waitUntil };

  const email = normalizeEmail(input.email);
  const user = await db.staffUser.findUnique({ where: { email } });
  const passwordMatches = await checkPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !passwordMatches || user.disabledAt) {
    const retryAt = await recordAddressFailure(db, key, now, policy);
    const [account] = await db.$queryRaw<{ id: string; failedAttempts: number }[]>`
      UPDATE "StaffUser" SET "failedAttempts" = "failedAttempts" + 1 WHERE email = ${email} RETURNING id, "failedAttempts"`;
    if (user && account?.failedAttempts === policy.lockAfter) {
      await db.$transaction(async (tx) => {
        await recordAudit(tx, { actorId: null, action: "staff.locked", entityType: "staff", entityId: user.id, after: { failedAttempts: account.failedAttempts } });
        await queueAccountAlert(tx, { to: user.email, locale: user.locale, failures: account.failedAttempts, at: now });
      });
    }
    return retryAt ? { ok: false, reason: "throttled", retryAt } : { ok: false, reason: "invalid" };
  }

  await clearAddress(db, key);
  await db.staffUser.update({ where: { id: user.id }, data: { failedAttempts: 0 } });
  await revokeAllSessions(db, user.id, now);
  const { token, expiresAt } = await createSession(db, user.id, now);
  const audit = await recordAudit(db, { actorId: user.id, action: "staff.sign_in", entityType: "staff", entityId: user.id });
  const staff: Staff = { id: user.id, email: user.email, displayName: user.displayName, role: user.role, locale: user.locale };
  return { ok: true, staff, token, expiresAt, audit };
}
