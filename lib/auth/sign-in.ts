import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { burnVerificationTime, verifyPassword } from "./password";
import { createSession, type Staff } from "./sessions";
import { DEFAULT_THROTTLE, lockedUntilAfter, type ThrottlePolicy } from "./throttle";

export type SignInResult =
  | { ok: true; staff: Staff; token: string; expiresAt: Date; audit: AuditReceipt }
  /** Same answer for an unknown email, a wrong password and a disabled account. */
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAt: Date };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a password and opens a session. While an account is locked, not even the right password
 * opens it, and the attempt is not counted. The failure count is incremented in the database
 * (not read-modify-write) so parallel guesses each count.
 */
export async function signIn(
  db: PrismaClient,
  input: { email: string; password: string },
  { now = new Date(), policy = DEFAULT_THROTTLE }: { now?: Date; policy?: ThrottlePolicy } = {},
): Promise<SignInResult> {
  const user = await db.staffUser.findUnique({ where: { email: normalizeEmail(input.email) } });
  if (!user) {
    await burnVerificationTime(input.password);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked", retryAt: user.lockedUntil };

  const passwordMatches = await verifyPassword(user.passwordHash, input.password);
  if (!passwordMatches || user.disabledAt) {
    const { failedAttempts } = await db.staffUser.update({
      where: { id: user.id },
      data: { failedAttempts: { increment: 1 } },
      select: { failedAttempts: true },
    });
    const lockedUntil = lockedUntilAfter(failedAttempts, now, policy);
    if (lockedUntil) await db.staffUser.update({ where: { id: user.id }, data: { lockedUntil } });
    if (failedAttempts === policy.lockAfter) {
      await recordAudit(db, { actorId: null, action: "staff.locked", entityType: "staff", entityId: user.id, after: { failedAttempts, lockedUntil } });
    }
    return lockedUntil && failedAttempts >= policy.lockAfter
      ? { ok: false, reason: "locked", retryAt: lockedUntil }
      : { ok: false, reason: "invalid" };
  }

  await db.staffUser.update({ where: { id: user.id }, data: { failedAttempts: 0, lockedUntil: null } });
  const { token, expiresAt } = await createSession(db, user.id, now);
  const audit = await recordAudit(db, { actorId: user.id, action: "staff.sign_in", entityType: "staff", entityId: user.id });
  const staff: Staff = { id: user.id, email: user.email, displayName: user.displayName, role: user.role, locale: user.locale };
  return { ok: true, staff, token, expiresAt, audit };
}
