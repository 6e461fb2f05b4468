"use server";

import "server-only";
import { consoleAction } from "@/lib/admin/action";
import { db } from "@/lib/db/client";
import { saveInterview, setInterviewPublished } from "@/lib/interviews-admin/interviews";
import { interviewFormToObject, interviewPublishSchema, interviewSaveSchema } from "@/lib/validation/interview";

/** Creates (id null) or updates an interview; a published one changes on the site at once. */
export const saveInterviewAction = consoleAction({
  access: "admin",
  schema: interviewSaveSchema,
  bound: "id",
  read: interviewFormToObject,
  keepValues: true,
  run: async ({ id, ...interview }, staff) => {
    const saved = await saveInterview(db, staff, id, interview);
    return { done: "interviewSaved", audit: saved.audit, publicSite: true, redirectTo: id === null ? `/admin/interviews/${saved.id}` : undefined };
  },
});

export const publishInterviewAction = consoleAction({
  access: "admin",
  schema: interviewPublishSchema,
  bound: "id",
  run: async ({ id, do: change }, staff) => ({
    done: change === "publish" ? "interviewPublished" : "interviewUnpublished",
    audit: await setInterviewPublished(db, staff, id, change === "publish"),
    publicSite: true,
  }),
});
