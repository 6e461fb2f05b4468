import { randomBytes } from "node:crypto";
import type { PrismaClient, StaffUser } from "../../lib/generated/prisma/client";
import type { StaffRole } from "../../lib/generated/prisma/enums";
import { hashPassword } from "../../lib/auth/password";
import { createSession } from "../../lib/auth/sessions";

export const STAFF_PASSWORD = "correct horse battery staple";

/** A staff account with a unique email; its password is STAFF_PASSWORD unless given. */
export async function createStaff(
  db: PrismaClient,
  { role = "reviewer", password = STAFF_PASSWORD, displayName, locale = "ja" }: { role?: StaffRole; password?: string; displayName?: string; locale?: "ja" | "en" } = {},
): Promise<StaffUser & { password: string }> {
  const suffix = randomBytes(4).toString("hex");
  const user = await db.staffUser.create({
    data: {
      email: `${role}-${suffix}@staff.example.jp`,
      displayName: displayName ?? `${role === "admin" ? "管理者" : "審査員"} ${suffix.slice(0, 4)}`,
      passwordHash: await hashPassword(password),
      role,
      locale,
    },
  });
  return { ...user, password };
}

/** A staff account already signed in: the token goes in the session cookie. */
export async function createSignedInStaff(db: PrismaClient, options: Parameters<typeof createStaff>[1] = {}) {
  const user = await createStaff(db, options);
  const { token } = await createSession(db, user.id);
  return { user, token };
}
