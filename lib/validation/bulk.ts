import { z } from "zod";
import { reviewerIds } from "./assignments";
import { entryId } from "./review";
import { tagSchema } from "./tags";

/** Most entries one bulk action may change; "all matching the filter" is offered up to this many. */
export const BULK_LIMIT = 500;

const ids = z.array(entryId).max(BULK_LIMIT);

/** Which entries: the checked rows, the page's rows, or every entry the list's filter matches (confirmed by their number). */
export const bulkSelectionSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("checked"), ids }),
  z.object({ scope: z.literal("page"), ids }),
  z.object({ scope: z.literal("filter"), query: z.string().max(2000), confirmed: z.coerce.number().int().min(1).max(BULK_LIMIT) }),
]);

export type BulkSelection = z.infer<typeof bulkSelectionSchema>;

/** What to do to them; the pressed button says which ("status:shortlisted", "tag", "untag", "assign"). */
export const bulkChangeSchema = z.discriminatedUnion("do", [
  z.object({ do: z.literal("status"), status: z.enum(["shortlisted", "declined"]) }),
  z.object({ do: z.literal("assign"), reviewerIds }),
  z.object({ do: z.literal("tag"), tag: tagSchema }),
  z.object({ do: z.literal("untag"), tag: tagSchema }),
]);

export const bulkSchema = z.object({ selection: bulkSelectionSchema, change: bulkChangeSchema });

/** The bulk form's fields to the shape bulkSchema reads. */
export function bulkFormToObject(formData: FormData) {
  const text = (name: string) => (typeof formData.get(name) === "string" ? (formData.get(name) as string) : undefined);
  const scope = text("scope");
  const [action, status] = (text("change") ?? "").split(":");
  return {
    selection: {
      scope,
      ids: formData.getAll(scope === "page" ? "pageIds" : "ids").filter((v) => typeof v === "string"),
      query: text("query"),
      confirmed: text("confirmed"),
    },
    change: { do: action, status, tag: text("tag"), reviewerIds: formData.getAll("reviewer").filter((v) => typeof v === "string") },
  };
}
