import { ROUTE } from "./course-route";

/** The marathon distance; stories sit at whole kilometres 0–42 along it. */
export const COURSE_KM = 42.195;
export const LAST_KM = 42;

/** A km from a URL segment: digits only, no leading zeros, 0–42; anything else is null. */
export function parseKm(segment: string): number | null {
  if (!/^(0|[1-9]\d?)$/.test(segment)) return null;
  const km = Number(segment);
  return km <= LAST_KM ? km : null;
}

/** The stories just before and after `km` along the course, from a list of stories at any kms. */
export function neighbours<T extends { km: number }>(stories: readonly T[], km: number): { previous: T | null; next: T | null } {
  let previous: T | null = null;
  let next: T | null = null;
  for (const story of stories) {
    if (story.km < km && (!previous || story.km > previous.km)) previous = story;
    if (story.km > km && (!next || story.km < next.km)) next = story;
  }
  return { previous, next };
}

export type Point = { x: number; y: number };

/** Where a km falls on the drawn course (lib/interviews/course-route.ts), between its two nearest points. */
export function coursePoint(km: number): Point {
  const clamped = Math.min(Math.max(km, 0), COURSE_KM);
  const after = ROUTE.findIndex((point) => point.km >= clamped);
  const to = ROUTE[after]!;
  const from = ROUTE[Math.max(after - 1, 0)]!;
  const t = to.km === from.km ? 0 : (clamped - from.km) / (to.km - from.km);
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}
