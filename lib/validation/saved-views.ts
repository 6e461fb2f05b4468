import { z } from "zod";
import { entryId } from "./review";

export const saveViewSchema = z.object({
  name: z.string().trim().min(1).max(60),
  /** The list's query string ("?window=1&q=…"); lib/review/saved-views.ts keeps only what the list reads. */
  query: z.string().max(2000),
});

export const deleteViewSchema = z.object({ id: entryId });
