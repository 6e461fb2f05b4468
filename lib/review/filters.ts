import { z } from "zod";
import { MAX_WINDOWS } from "@/lib/campaign/state";
import { EntryStatus, Locale, Role } from "@/lib/generated/prisma/enums";
import { tagSchema } from "@/lib/validation/tags";

const MAX_REVIEWS_FILTER = 10;

/**
 * The entry list's filters, read from the URL so that a filtered view can be bookmarked, shared
 * and exported. A malformed value is dropped rather than refused: a hand-edited URL still shows
 * a list.
 */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const entryFilterSchema = z.object({
  window: optional(z.coerce.number().int().min(1).max(MAX_WINDOWS)),
  status: optional(z.enum(EntryStatus)),
  role: optional(z.enum(Role)),
  language: optional(z.enum(Locale)),
  photo: optional(z.enum(["yes", "no"])),
  minScore: optional(z.coerce.number().min(1).max(5)),
  maxScore: optional(z.coerce.number().min(1).max(5)),
  /** Scored or not yet scored by the person looking. */
  mine: optional(z.enum(["scored", "unscored"])),
  /** Admins: entries with fewer than this many reviews. */
  fewerReviews: optional(z.coerce.number().int().min(1).max(MAX_REVIEWS_FILTER)),
  /** Admins: entries whose reviewers disagree by at least this much (highest minus lowest average). */
  spread: optional(z.coerce.number().min(0.5).max(4)),
  tag: optional(tagSchema),
  q: optional(
    z
      .string()
      .trim()
      .max(100)
      .transform((q) => q || undefined),
  ),
  /** By score: the plain average; ranked: the Bayesian average (lib/review/ranking.ts). */
  sort: z.enum(["newest", "score", "ranked"]).catch("newest"),
});

export type EntryFilter = z.infer<typeof entryFilterSchema>;

export const FILTER_KEYS = Object.keys(entryFilterSchema.shape) as (keyof EntryFilter)[];

type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(params: SearchParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

export function parseEntryFilter(params: SearchParams): EntryFilter {
  const raw = Object.fromEntries(FILTER_KEYS.map((key) => [key, first(params, key) || undefined]));
  return entryFilterSchema.parse(raw);
}

/** The query string of a filter (without defaults), for links, pagination and the export. */
export function filterQuery(filter: Partial<EntryFilter>, extra: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value === undefined || (key === "sort" && value === "newest")) continue;
    params.set(key, String(value));
  }
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) params.set(key, value);
  const query = params.toString();
  return query ? `?${query}` : "";
}
