"use server";

import "server-only";
import { consoleAction, NOT_AUDITED } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { deleteView, saveView } from "@/lib/review/saved-views";
import { deleteViewSchema, saveViewSchema } from "@/lib/validation/saved-views";

/** A staff member's own views of the entry list: preferences, not decisions, so not audited. */
export const saveViewAction = consoleAction({
  access: "reviewer",
  schema: saveViewSchema,
  keepValues: true,
  run: async (input, staff) => {
    await saveView(db, staff, input);
    return { done: "viewSaved", params: { name: input.name }, audit: NOT_AUDITED };
  },
});

export const deleteViewAction = consoleAction({
  access: "reviewer",
  schema: deleteViewSchema,
  run: async ({ id }, staff) => {
    await deleteView(db, staff, id);
    return { done: "viewDeleted", audit: NOT_AUDITED };
  },
});
