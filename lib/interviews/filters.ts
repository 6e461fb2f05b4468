import type { InterviewFormat, Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["runner", "volunteer", "spectator", "charity", "coach", "staff", "other"] as const satisfies readonly Role[];
export const FORMATS = ["qa", "dialogue"] as const satisfies readonly InterviewFormat[];
export const ALL = "all";

/** A season filter; null means "any". */
export type StoryFilter = { role: Role | null; format: InterviewFormat | null };
export const NO_FILTER: StoryFilter = { role: null, format: null };

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Reads the two path segments of a filtered season page; null for anything unknown. */
export function parseFilter(role: string, format: string): StoryFilter | null {
  const parsedRole = role === ALL ? null : isOneOf(ROLES, role) ? role : undefined;
  const parsedFormat = format === ALL ? null : isOneOf(FORMATS, format) ? format : undefined;
  if (parsedRole === undefined || parsedFormat === undefined) return null;
  return { role: parsedRole, format: parsedFormat };
}

export function isFiltered(filter: StoryFilter): boolean {
  return filter.role !== null || filter.format !== null;
}

export function matchesFilter(story: { format: InterviewFormat; participants: { role: Role }[] }, filter: StoryFilter): boolean {
  return (
    (filter.format === null || story.format === filter.format) &&
    (filter.role === null || story.participants.some((p) => p.role === filter.role))
  );
}

/**
 * Filtered views are paths, not query strings, so each stays a cached page and works as a plain
 * link without JavaScript.
 */
export function seasonPath(season: string, filter: StoryFilter = NO_FILTER): string {
  if (!isFiltered(filter)) return `/relay/${season}`;
  return `/relay/${season}/filter/${filter.role ?? ALL}/${filter.format ?? ALL}`;
}
