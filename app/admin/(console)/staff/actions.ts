"use server";

import { z } from "zod";
import { fieldErrors, submittedValues, type ActionState } from "@/lib/admin/action-state";
import { refresh } from "@/lib/admin/run-action";
import { createStaffAccount, newStaffSchema, resetStaffPassword, StaffAccountError, updateStaffAccount } from "@/lib/auth/accounts";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { StaffRole } from "@/lib/generated/prisma/enums";

async function accountChange(work: () => Promise<{ detail?: string } | void>, message: string): Promise<ActionState> {
  let detail: string | undefined;
  try {
    detail = (await work())?.detail;
  } catch (error) {
    if (error instanceof StaffAccountError) return { status: "error", error: `staff.${error.code}` };
    throw error;
  }
  refresh();
  return { status: "ok", message, detail };
}

/** Creates an account with a generated password, shown once in the answer and stored nowhere. */
export async function createStaffAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const parsed = newStaffSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", error: "invalid", fields: fieldErrors(parsed.error), values: submittedValues(formData) };
  return accountChange(async () => ({ detail: (await createStaffAccount(db, staff, parsed.data)).password ?? undefined }), "staffCreated");
}

export async function updateStaffAction(userId: string, _: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const change = formData.get("do");
  if (change === "reset") {
    return accountChange(async () => ({ detail: (await resetStaffPassword(db, staff, userId)).password ?? undefined }), "passwordReset");
  }
  if (change === "disable" || change === "enable") {
    return accountChange(() => updateStaffAccount(db, staff, userId, { disabled: change === "disable" }).then(() => {}), "staffUpdated");
  }
  const role = z.enum(StaffRole).safeParse(formData.get("role"));
  if (!role.success) return { status: "error", error: "invalid" };
  return accountChange(() => updateStaffAccount(db, staff, userId, { role: role.data }).then(() => {}), "staffUpdated");
}
