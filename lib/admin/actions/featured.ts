"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { featureEntry } from "@/lib/featured/feature";
import { featureActionSchema } from "@/lib/validation/featured";

/** Publishes (or updates) a featured story; the public pages are re-rendered at once. */
export const featureAction = consoleAction({
  access: "admin",
  schema: featureActionSchema,
  bound: "entryId",
  keepValues: true,
  run: async ({ entryId, ...story }, staff) => ({ done: "published", audit: await featureEntry(db, staff, entryId, story), publicSite: true }),
});
