"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { assignByFilter, assignEntries, declareConflict, reassignEntry } from "@/lib/review/assignments";
import { nextInQueue } from "@/lib/review/queue";
import { saveScore } from "@/lib/review/scores";
import { addReviewerSchema, assignByFilterSchema, assignFormToObject, conflictSchema, reassignSchema } from "@/lib/validation/assignments";
import { scoreSchema } from "@/lib/validation/review";

/** Who reviews what: assigning (admins), and a reviewer's way through their queue. */

export const assignByFilterAction = consoleAction({
  access: "admin",
  schema: assignByFilterSchema,
  read: assignFormToObject,
  invalid: "chooseReviewers",
  run: async ({ filter, reviewerIds }, staff) => {
    const result = await assignByFilter(db, staff, { filter, reviewerIds });
    return { done: "assigned", params: { entries: result.changedEntries, assignments: result.created, short: result.shortEntries }, audit: result.audit };
  },
});

export const addReviewerAction = consoleAction({
  access: "admin",
  schema: addReviewerSchema,
  bound: "entryId",
  run: async ({ entryId, reviewerId }, staff) => {
    const result = await assignEntries(db, { entryIds: [entryId], reviewerIds: [reviewerId], actor: staff, perEntry: "each" });
    return { done: "reviewerAdded", audit: result.audit };
  },
});

export const reassignAction = consoleAction({
  access: "admin",
  schema: reassignSchema,
  bound: "entryId",
  run: async (input, staff) => ({ done: "reassigned", audit: await reassignEntry(db, staff, input) }),
});

async function queueRedirect(reviewerId: string, entryId: string): Promise<string> {
  const next = await nextInQueue(db, reviewerId, entryId);
  return next ? `/admin/queue/${next}` : "/admin/queue";
}

/** Saves the score and opens the next entry of the reviewer's queue: one POST, one redirect. */
export const scoreAndNextAction = consoleAction({
  access: "reviewer",
  schema: scoreSchema,
  bound: "entryId",
  keepValues: true,
  run: async ({ entryId, ...rubric }, staff) => {
    const audit = await saveScore(db, staff, entryId, rubric);
    return { audit, redirectTo: await queueRedirect(staff.id, entryId) };
  },
});

export const conflictAction = consoleAction({
  access: "reviewer",
  schema: conflictSchema,
  bound: "entryId",
  run: async ({ entryId }, staff) => {
    const audit = await declareConflict(db, staff, entryId);
    return { audit, redirectTo: await queueRedirect(staff.id, entryId) };
  },
});
