/** The marathon distance; stories sit at whole kilometres 0–42 along it. */
export const COURSE_KM = 42.195;
export const FIRST_KM = 0;
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
export type Orientation = "landscape" | "portrait";

/**
 * The course drawn as three long straights joined by two turns (a stylised map, not geography):
 * rows across in landscape, columns down in portrait, so markers stay large enough to tap on a
 * phone.
 */
const LANDSCAPE_WAYPOINTS: Point[] = [
  { x: 40, y: 56 },
  { x: 600, y: 56 },
  { x: 600, y: 166 },
  { x: 40, y: 166 },
  { x: 40, y: 276 },
  { x: 600, y: 276 },
];

export const COURSE_VIEWBOX: Record<Orientation, { width: number; height: number }> = {
  landscape: { width: 640, height: 316 },
  portrait: { width: 316, height: 640 },
};

export function courseWaypoints(orientation: Orientation): Point[] {
  return orientation === "landscape" ? LANDSCAPE_WAYPOINTS : LANDSCAPE_WAYPOINTS.map(({ x, y }) => ({ x: y, y: x }));
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

/** Where a km mark falls on the drawn course (0 = start, 42.195 = finish). */
export function coursePoint(km: number, orientation: Orientation): Point {
  return locate(km, orientation).point;
}

/** Whether the course runs along the long straights or through a turn at a km mark. */
export function courseLeg(km: number, orientation: Orientation): "straight" | "turn" {
  return locate(km, orientation).segment % 2 === 0 ? "straight" : "turn";
}

function locate(km: number, orientation: Orientation): { point: Point; segment: number } {
  const points = courseWaypoints(orientation);
  const lengths = points.slice(1).map((point, i) => distance(points[i]!, point));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  let remaining = (Math.min(Math.max(km, 0), COURSE_KM) / COURSE_KM) * total;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (remaining <= length) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const t = length === 0 ? 0 : remaining / length;
      return { point: { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t }, segment: i };
    }
    remaining -= length;
  }
  return { point: points[points.length - 1]!, segment: lengths.length - 1 };
}
