"use server";

import "server-only";
import { consoleAction, type Outcome } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { assignEntries } from "@/lib/review/assignments";
import { bulkSetStatus, bulkTag, selectedEntryIds } from "@/lib/review/bulk";
import { bulkFormToObject, bulkSchema } from "@/lib/validation/bulk";

/**
 * The entry list's bulk form: one action, the pressed button saying what to do. Changing a status
 * and assigning are for admins (lib/review checks it); labels are for all staff.
 */
export const bulkAction = consoleAction({
  access: "reviewer",
  schema: bulkSchema,
  read: bulkFormToObject,
  keepValues: true,
  run: async ({ selection, change }, staff): Promise<Outcome> => {
    const ids = await selectedEntryIds(db, staff, selection);
    if (change.do === "assign") {
      // The chosen reviewers each get every selected entry they do not have yet.
      const result = await assignEntries(db, { entryIds: ids, reviewerIds: change.reviewerIds, actor: staff, perEntry: "each" });
      return { done: "assigned", params: { entries: result.changedEntries, assignments: result.created, short: result.shortEntries }, audit: result.audit };
    }
    if (change.do === "status") {
      const { changed, unchanged, audit } = await bulkSetStatus(db, staff, ids, change.status);
      return { done: "bulkStatus", params: { count: changed, unchanged, status: change.status }, audit };
    }
    const { changed, unchanged, audit } = await bulkTag(db, staff, ids, change.tag, change.do === "tag" ? "add" : "remove");
    return { done: change.do === "tag" ? "bulkTagged" : "bulkUntagged", params: { count: changed, unchanged, tag: change.tag }, audit };
  },
});
