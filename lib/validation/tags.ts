import { z } from "zod";

/** Bounds of staff labels (e.g. "SNS候補"): a short text, and a few per entry. */
export const MAX_TAG_LENGTH = 30;
export const MAX_TAGS_PER_ENTRY = 10;

/** One label, as typed: trimmed and with its inner spaces folded, so "SNS 候補" is one label. */
export const tagSchema = z
  .string()
  .transform((tag) => tag.normalize("NFKC").trim().replace(/\s+/g, " "))
  .pipe(z.string().min(1, "tagEmpty").max(MAX_TAG_LENGTH, "tagTooLong").regex(/^[^\p{C}]*$/u, "tagInvalid"));
