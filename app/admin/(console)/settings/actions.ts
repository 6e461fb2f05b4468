"use server";

import { fieldErrors, submittedValues, type ActionState } from "@/lib/admin/action-state";
import { refresh } from "@/lib/admin/run-action";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { settingsSchema, updateSettings } from "@/lib/settings/settings";

/** Saves windows, announcement and prizes; the public site and the entry form follow at once. */
export async function saveSettingsAction(_: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const parsed = settingsSchema.safeParse(Object.fromEntries(formData));
  const values = submittedValues(formData);
  if (!parsed.success) return { status: "error", error: "invalid", fields: fieldErrors(parsed.error), values };
  const problems = await updateSettings(db, staff, parsed.data);
  if (problems.length > 0) return { status: "error", error: problems[0]!, values };
  refresh({ publicSite: true });
  return { status: "ok", message: "settingsSaved" };
}
