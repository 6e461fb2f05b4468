"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { unpublishStory } from "@/lib/featured/feature";
import { addComment } from "@/lib/review/comments";
import { eraseEntry } from "@/lib/review/erasure";
import { saveScore } from "@/lib/review/scores";
import { changeStatus } from "@/lib/review/workflow";
import { commentSchema, eraseSchema, scoreSchema, statusSchema, unpublishSchema } from "@/lib/validation/review";

/** The console's decisions on one entry; each is bound to the entry's id by its page. */

export const scoreAction = consoleAction({
  access: "reviewer",
  schema: scoreSchema,
  bound: "entryId",
  run: async ({ entryId, ...rubric }, staff) => ({ done: "scoreSaved", audit: await saveScore(db, staff, entryId, rubric) }),
});

export const commentAction = consoleAction({
  access: "reviewer",
  schema: commentSchema,
  bound: "entryId",
  invalid: "commentEmpty",
  run: async ({ entryId, body }, staff) => ({ done: "commentAdded", audit: (await addComment(db, staff, entryId, body)).audit }),
});

// A status shows on the public site only through featuring and winners, which have their own actions.
export const statusAction = consoleAction({
  access: "admin",
  schema: statusSchema,
  bound: "entryId",
  run: async ({ entryId, status }, staff) => ({ done: "statusChanged", audit: await changeStatus(db, staff, entryId, status) }),
});

export const unpublishAction = consoleAction({
  access: "admin",
  schema: unpublishSchema,
  bound: "entryId",
  run: async ({ entryId }, staff) => ({ done: "unpublished", audit: await unpublishStory(db, staff, entryId), publicSite: true }),
});

export const eraseAction = consoleAction({
  access: "admin",
  schema: eraseSchema,
  bound: "entryId",
  run: async ({ entryId, confirm }, staff) => ({
    audit: await eraseEntry(db, staff, entryId, { confirmReference: confirm }),
    publicSite: true,
    redirectTo: `/admin/entries/${entryId}`,
  }),
});
