import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/i18n/routing";

/** A signed-in staff member, as every guard, action and domain function sees them. */
export type Staff = { id: string; email: string; displayName: string; role: StaffRole; locale: AppLocale };

/** Who makes a change: what the domain modules need to know of a staff member. */
export type Actor = Pick<Staff, "id" | "role">;

/** The absolute limit of a session, however active. */
export const SESSION_HOURS = Number(process.env.STAFF_SESSION_HOURS ?? 12);
/** A session with no request for this long ends; every request extends it. */
export const SESSION_IDLE_MINUTES = Number(process.env.STAFF_SESSION_IDLE_MINUTES ?? 30);
/** Activity is written at most this often, so a busy console does not write on every request. */
const ACTIVITY_RESOLUTION_MS = 60_000;

/** Only the SHA-256 of a token is stored, so a copy of the database opens no session. */
export function sessionId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Opens a session and returns its token (32 random bytes), which only the cookie holds. */
export async function createSession(db: PrismaClient, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
  await db.staffSession.create({ data: { id: sessionId(token), userId, expiresAt, createdAt: now, lastSeenAt: now } });
  return { token, expiresAt };
}

/**
 * The staff member a token belongs to, or null if it is unknown, revoked, expired, idle for too
 * long or disabled. Seeing it counts as activity.
 */
export async function staffForToken(db: PrismaClient, token: string | undefined, now = new Date()): Promise<Staff | null> {
  if (!token || token.length > 100) return null;
  const id = sessionId(token);
  const session = await db.staffSession.findUnique({
    where: { id },
    select: {
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      user: { select: { id: true, email: true, displayName: true, role: true, locale: true, disabledAt: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || session.user.disabledAt) return null;
  if (session.lastSeenAt.getTime() + SESSION_IDLE_MINUTES * 60_000 <= now.getTime()) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= ACTIVITY_RESOLUTION_MS) {
    await db.staffSession.update({ where: { id }, data: { lastSeenAt: now } });
  }
  const { disabledAt: _, ...staff } = session.user;
  return staff;
}

export async function revokeSession(db: PrismaClient, token: string, now = new Date()): Promise<void> {
  await db.staffSession.updateMany({ where: { id: sessionId(token), revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of a user: on disabling the account or changing its password. */
export async function revokeAllSessions(db: PrismaClient, userId: string, now = new Date()): Promise<void> {
  await db.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}
