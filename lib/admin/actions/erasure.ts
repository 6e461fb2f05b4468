"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { completeErasureRequest } from "@/lib/review/erasure-requests";
import { completeErasureSchema } from "@/lib/validation/review";

/** Completes an entrant's erasure request from the console's queue; the story leaves the site too. */
export const completeErasureAction = consoleAction({
  access: "admin",
  schema: completeErasureSchema,
  bound: "requestId",
  run: async ({ requestId, confirm }, staff) => ({
    done: "erasureCompleted",
    audit: await completeErasureRequest(db, staff, requestId, { confirmReference: confirm }),
    publicSite: true,
  }),
});
