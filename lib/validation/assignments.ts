import { z } from "zod";
import { parseEntryFilter } from "@/lib/review/filters";
import { entryId } from "./review";

const reviewerId = z.guid();
export const reviewerIds = z.array(reviewerId).min(1, "chooseReviewers").max(100);

/** "Assign these entries": the list's filter (a window alone, or any list filter) and the chosen reviewers. */
export const assignByFilterSchema = z.object({
  filter: z.custom<ReturnType<typeof parseEntryFilter>>((value) => typeof value === "object" && value !== null),
  reviewerIds,
});

/** The assign form's fields: `reviewer` checkboxes, and the filter as hidden fields named like the list's URL. */
export function assignFormToObject(formData: FormData) {
  const params = new URLSearchParams();
  for (const [key, value] of formData) if (typeof value === "string" && key !== "reviewer") params.set(key, value);
  return { filter: parseEntryFilter(params), reviewerIds: formData.getAll("reviewer") };
}

export const addReviewerSchema = z.object({ entryId, reviewerId });
export const reassignSchema = z.object({ entryId, fromReviewerId: reviewerId, toReviewerId: reviewerId });
export const conflictSchema = z.object({ entryId });
