"use server";

import { fieldErrors, submittedValues, type ActionState } from "@/lib/admin/action-state";
import { attempt } from "@/lib/admin/run-action";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { featureEntry, featureSchema } from "@/lib/featured/feature";

/** Publishes (or updates) a featured story; the public pages are re-rendered at once. */
export async function featureAction(entryId: string, _: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const parsed = featureSchema.safeParse(Object.fromEntries(formData));
  const values = submittedValues(formData);
  if (!parsed.success) return { status: "error", error: "invalid", fields: fieldErrors(parsed.error), values };
  const result = await attempt(() => featureEntry(db, staff, entryId, parsed.data), "published", { publicSite: true });
  return result.status === "error" ? { ...result, values } : result;
}
