"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { updateRankingPrior } from "@/lib/review/ranking";
import { rankingPriorSchema } from "@/lib/validation/ranking";

/** The ranked average's prior; every scored entry is re-ranked in the same transaction. */
export const saveRankingAction = consoleAction({
  access: "admin",
  schema: rankingPriorSchema,
  keepValues: true,
  run: async (prior, staff) => ({ done: "rankingSaved", audit: await updateRankingPrior(db, staff, prior) }),
});
