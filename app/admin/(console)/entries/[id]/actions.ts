"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fieldErrors, type ActionState } from "@/lib/admin/action-state";
import { attempt } from "@/lib/admin/run-action";
import { requireStaff } from "@/lib/auth/guard";
import { db } from "@/lib/db/client";
import { unpublishStory } from "@/lib/featured/feature";
import { EntryStatus } from "@/lib/generated/prisma/enums";
import { addComment, commentSchema } from "@/lib/review/comments";
import { eraseEntry } from "@/lib/review/erasure";
import { rubricSchema } from "@/lib/review/rubric";
import { saveScore } from "@/lib/review/scores";
import { changeStatus } from "@/lib/review/workflow";
import { markWinner, revokeWinner } from "@/lib/winners/winners";

// Every action checks the session and role first, before it reads anything it was sent.

export async function scoreAction(entryId: string, _: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("reviewer");
  const parsed = rubricSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { status: "error", error: "invalid", fields: fieldErrors(parsed.error) };
  return attempt(() => saveScore(db, staff, entryId, parsed.data), "scoreSaved");
}

export async function commentAction(entryId: string, _: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("reviewer");
  const parsed = commentSchema.safeParse({ body: formData.get("body") });
  if (!parsed.success) return { status: "error", error: "commentEmpty" };
  return attempt(() => addComment(db, staff, entryId, parsed.data.body), "commentAdded");
}

export async function statusAction(entryId: string, _: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const to = z.enum(EntryStatus).safeParse(formData.get("status"));
  if (!to.success) return { status: "error", error: "invalid" };
  // A status shows on the public site only through featuring and winners, which have their own actions.
  return attempt(() => changeStatus(db, staff, entryId, to.data), "statusChanged");
}

export async function winnerAction(entryId: string, _: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const revoke = formData.get("do") === "revoke";
  return attempt(() => (revoke ? revokeWinner(db, staff, entryId) : markWinner(db, staff, entryId)), revoke ? "winnerRevoked" : "winnerMarked", {
    publicSite: true,
  });
}

export async function unpublishAction(entryId: string, _: ActionState): Promise<ActionState> {
  const staff = await requireStaff("admin");
  return attempt(() => unpublishStory(db, staff, entryId), "unpublished", { publicSite: true });
}

export async function eraseAction(entryId: string, _: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await requireStaff("admin");
  const confirmReference = String(formData.get("confirm") ?? "");
  const result = await attempt(() => eraseEntry(db, staff, entryId, { confirmReference }), "erased", { publicSite: true });
  if (result.status === "ok") redirect(`/admin/entries/${entryId}`);
  return result;
}
