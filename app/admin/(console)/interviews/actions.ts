"use server";

import { redirect } from "next/navigation";
import { fieldErrors, submittedValues, type ActionState } from "@/lib/admin/action-state";
import { refresh } from "@/lib/admin/run-action";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { InterviewSaveError, saveInterview, setInterviewPublished } from "@/lib/interviews-admin/interviews";
import { interviewFormToObject, interviewSchema } from "@/lib/interviews-admin/schema";

/** Creates (id null) or updates an interview; a published one changes on the site at once. */
export async function saveInterviewAction(id: number | null, _: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const values = submittedValues(formData);
  const parsed = interviewSchema.safeParse(interviewFormToObject(formData));
  if (!parsed.success) return { status: "error", error: "invalid", fields: fieldErrors(parsed.error), values };
  let savedId: number;
  try {
    savedId = await saveInterview(db, staff, id, parsed.data);
  } catch (error) {
    if (error instanceof InterviewSaveError) return { status: "error", error: `interview.${error.problem}`, detail: error.detail, values };
    throw error;
  }
  refresh({ publicSite: true });
  if (id === null) redirect(`/admin/interviews/${savedId}`);
  return { status: "ok", message: "interviewSaved" };
}

export async function publishInterviewAction(id: number, _: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const publish = formData.get("do") === "publish";
  try {
    await setInterviewPublished(db, staff, id, publish);
  } catch (error) {
    if (error instanceof InterviewSaveError) return { status: "error", error: `interview.${error.problem}` };
    throw error;
  }
  refresh({ publicSite: true });
  return { status: "ok", message: publish ? "interviewPublished" : "interviewUnpublished" };
}
