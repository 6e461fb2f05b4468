import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale, StaffRole } from "@/lib/generated/prisma/enums";
import { newStaffSchema, type NewStaff } from "@/lib/validation/staff";
import { Refusal } from "@/lib/admin/refusal";
import { recordAudit } from "@/lib/audit/log";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH } from "./password";
import { revokeAllSessions, type Actor } from "./sessions";

/** Who did it: a signed-in admin in the console, or null for the command line (the operator). */
type Operator = Actor | null;

export class StaffAccountError extends Refusal {
  constructor(readonly code: "emailTaken" | "passwordTooShort" | "notFound" | "forbidden" | "lastAdmin") {
    super(`staff.${code}`);
  }
}

function assertAdminOrOperator(actor: Operator) {
  if (actor && actor.role !== "admin") throw new StaffAccountError("forbidden");
}

/** Creates an account; without a password, one is generated and returned to be shown once. */
export async function createStaffAccount(db: PrismaClient, actor: Operator, raw: NewStaff, password?: string) {
  assertAdminOrOperator(actor);
  const input = newStaffSchema.parse(raw);
  const plain = password ?? generatePassword();
  if (plain.length < MIN_PASSWORD_LENGTH) throw new StaffAccountError("passwordTooShort");
  if (await db.staffUser.findUnique({ where: { email: input.email } })) throw new StaffAccountError("emailTaken");
  const user = await db.staffUser.create({ data: { ...input, passwordHash: await hashPassword(plain) } });
  const audit = await recordAudit(db, {
    actorId: actor?.id ?? null,
    action: "staff.create",
    entityType: "staff",
    entityId: user.id,
    after: { email: user.email, role: user.role },
  });
  return { user, password: password ? null : plain, audit };
}

/** Replaces a password (generated unless given) and signs the account out everywhere. */
export async function resetStaffPassword(db: PrismaClient, actor: Operator, userId: string, password?: string) {
  assertAdminOrOperator(actor);
  const plain = password ?? generatePassword();
  if (plain.length < MIN_PASSWORD_LENGTH) throw new StaffAccountError("passwordTooShort");
  const user = await db.staffUser.findUnique({ where: { id: userId } });
  if (!user) throw new StaffAccountError("notFound");
  await db.staffUser.update({ where: { id: userId }, data: { passwordHash: await hashPassword(plain), failedAttempts: 0 } });
  await revokeAllSessions(db, userId);
  const audit = await recordAudit(db, { actorId: actor?.id ?? null, action: "staff.password_reset", entityType: "staff", entityId: userId });
  return { password: password ? null : plain, audit };
}

/** Disables or re-enables an account, or changes its role. Disabling ends its sessions at once. */
export async function updateStaffAccount(
  db: PrismaClient,
  actor: Operator,
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
  const audit = await recordAudit(db, {
    actorId: actor?.id ?? null,
    action: "staff.update",
    entityType: "staff",
    entityId: userId,
    before: { role: user.role, disabled: user.disabledAt !== null },
    after: { role: updated.role, disabled: updated.disabledAt !== null },
  });
  return { user: updated, audit };
}

export function listStaff(db: PrismaClient) {
  return db.staffUser.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }],
    select: { id: true, email: true, displayName: true, role: true, locale: true, createdAt: true, disabledAt: true, failedAttempts: true },
  });
}

export async function setStaffLocale(db: PrismaClient, userId: string, locale: Locale) {
  await db.staffUser.update({ where: { id: userId }, data: { locale } });
}
