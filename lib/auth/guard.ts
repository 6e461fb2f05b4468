import "server-only";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { sessionCookieName } from "./cookie";
import { SIGN_IN_PATH } from "./sign-in-path";
import { staffForToken, type Staff } from "./sessions";

/** The signed-in staff member of this request, or null (looked up once per request). */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  return staffForToken(db, token);
});

export function hasRole(staff: Staff, role: StaffRole): boolean {
  return role === "reviewer" || staff.role === "admin";
}

/**
 * The guard every admin page, layout and server action calls itself: no session → sign-in page;
 * a reviewer where an admin is needed → 403. `role` is the least role allowed.
 */
export async function requireStaff(role: StaffRole = "reviewer"): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(SIGN_IN_PATH);
  if (!hasRole(staff, role)) forbidden();
  return staff;
}

/** The same check for route handlers, which answer with a status instead of a page. */
export async function staffForRoute(role: StaffRole = "reviewer"): Promise<Staff | Response> {
  const staff = await currentStaff();
  if (!staff) return new Response(null, { status: 401, headers: { "Cache-Control": "no-store" } });
  if (!hasRole(staff, role)) return new Response(null, { status: 403, headers: { "Cache-Control": "no-store" } });
  return staff;
}
