"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { completeErasureRequest } from "@/lib/review/erasure-requests";
import { completeErasureSchema } from "@/lib/validation/review";

/**
 * Completes an entrant's erasure request from the console's queue; the story leaves the site too.
 * No message: the request moves from the queue to the completed list, which says so.
 */
export const completeErasureAction = consoleAction({
  access: "admin",
  schema: completeErasureSchema,
  bound: "requestId",
  run: async ({ requestId, confirm }, staff) => ({
    audit: await completeErasureRequest(db, staff, requestId, { confirmReference: confirm }),
    publicSite: true,
  }),
});
