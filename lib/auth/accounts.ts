import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { StaffRole, Locale } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/log";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from "./password";
import { revokeAllSessions, type Staff } from "./sessions";

/** Who did it: a signed-in admin in the console, or null for the command line (the operator). */
type Actor = Pick<Staff, "id" | "role"> | null;

export const newStaffSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  displayName: z.string().trim().min(1).max(80),
  role: z.enum(StaffRole),
  locale: z.enum(Locale).default("ja"),
});

export type NewStaff = z.input<typeof newStaffSchema>;

export class StaffAccountError extends Error {
  constructor(readonly code: "emailTaken" | "passwordTooShort" | "notFound" | "forbidden" | "lastAdmin") {
    super(code);
  }
}

function assertAdminOrOperator(actor: Actor) {
  if (actor && actor.role !== "admin") throw new StaffAccountError("forbidden");
}

/** Creates an account; without a password, one is generated and returned to be shown once. */
export async function createStaffAccount(db: PrismaClient, actor: Actor, raw: NewStaff, password?: string) {
  assertAdminOrOperator(actor);
  const input = newStaffSchema.parse(raw);
  const plain = password ?? generatePassword();
  if (plain.length < MIN_PASSWORD_LENGTH) throw new StaffAccountError("passwordTooShort");
  if (await db.staffUser.findUnique({ where: { email: input.email } })) throw new StaffAccountError("emailTaken");
  const user = await db.staffUser.create({ data: { ...input, passwordHash: await hashPassword(plain) } });
  await recordAudit(db, {
    actorId: actor?.id ?? null,
    action: "staff.create",
    entityType: "staff",
    entityId: user.id,
    after: { email: user.email, role: user.role },
  });
  return { user, password: password ? null : plain };
}

/** Replaces a password (generated unless given) and signs the account out everywhere. */
export async function resetStaffPassword(db: PrismaClient, actor: Actor, userId: string, password?: string) {
  assertAdminOrOperator(actor);
  const plain = password ?? generatePassword();
  if (plain.length < MIN_PASSWORD_LENGTH) throw new StaffAccountError("passwordTooShort");
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user) throw new StaffAccountError("notFound");
  await db.staffUser.update({ where: { id: userId }, data: { passwordHash: await hashPassword(plain), failedAttempts: 0, lockedUntil: null } });
  await revokeAllSessions(db, userId);
  await recordAudit(db, { actorId: actor?.id ?? null, action: "staff.password_reset", entityType: "staff", entityId: userId });
  return { password: password ? null : plain };
}

/** Disables or re-enables an account, or changes its role. Disabling ends its sessions at once. */
export async function updateStaffAccount(
  db: PrismaClient,
  actor: Actor,
  userId: string,
  change: { disabled?: boolean; role?: StaffRole },
) {
  assertAdminOrOperator(actor);
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user) throw new StaffAccountError("notFound");
  const losesAdmin = user.role === "admin" && (change.disabled === true || change.role === "reviewer");
  if (losesAdmin && (await db.staffUser.count({ where: { role: "admin", disabledAt: null } })) <= 1) {
    throw new StaffAccountError("lastAdmin");
  }
  const disabledAt = change.disabled === undefined ? undefined : change.disabled ? (user.disabledAt ?? new Date()) : null;
  const updated = await db.staffUser.update({ where: { id: userId }, data: { disabledAt, role: change.role } });
  if (change.disabled || change.role) await revokeAllSessions(db, userId);
  await recordAudit(db, {
    actorId: actor?.id ?? null,
    action: "staff.update",
    entityType: "staff",
    entityId: userId,
    before: { role: user.role, disabled: user.disabledAt !== null },
    after: { role: updated.role, disabled: updated.disabledAt !== null },
  });
  return updated;
}

export function listStaff(db: PrismaClient) {
  return db.staffUser.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: { id: true, email: true, displayName: true, role: true, locale: true, createdAt: true, disabledAt: true, lockedUntil: true },
  });
}

export async function setStaffLocale(db: PrismaClient, userId: string, locale: Locale) {
  await db.staffUser.update({ where: { id: userId }, data: { locale } });
}
