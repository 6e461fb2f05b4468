/**
 * The Tokyo Marathon course (the route raced since 2023) as drawn on the season page: a stylised
 * map, north up, in the box ROUTE_VIEWBOX, through the real sequence of districts and turn-backs from the
 * Metropolitan Government Building in Shinjuku to the finish on Gyoko-dori before Tokyo Station.
 * Each point has its km along the course; `approximate` marks a km we placed from public course
 * descriptions rather than a published km mark (the start, the finish and Nihonbashi's 13 km and
 * 32 km are published). Points with a `landmark` are labelled on the map (names in the message
 * files under Course.landmarks) with a lettered badge beside the line, where no story's marker
 * can cover it. Return legs run a few units beside the outbound ones so the markers of both stay
 * apart.
 */
export type RoutePoint = {
  km: number;
  x: number;
  y: number;
  approximate: boolean;
  landmark?: Landmark;
  /** Centre of the landmark's letter badge: beside the line, clear of every whole-km marker. */
  badge?: { x: number; y: number };
  turnBack?: boolean;
};

export type Landmark =
  | "tocho"
  | "iidabashi"
  | "uenoHirokoji"
  | "nihonbashi"
  | "kaminarimon"
  | "ryogoku"
  | "monzenNakacho"
  | "ginza"
  | "zojoji"
  | "tamachi"
  | "hibiya"
  | "tokyoStation";

export const ROUTE_VIEWBOX = { x: 12, y: 48, width: 488, height: 366 } as const;
/** A story's marker (a circle) and a landmark's badge (a square), in drawing units. */
export const MARKER_RADIUS = 9;
export const BADGE_SIZE = 14;

export const ROUTE: readonly RoutePoint[] = [
  { km: 0, x: 30, y: 212, approximate: false, landmark: "tocho", badge: { x: 49, y: 223 } },
  { km: 2.5, x: 88, y: 188, approximate: true },
  { km: 5.5, x: 178, y: 150, approximate: true, landmark: "iidabashi", badge: { x: 174, y: 136 } },
  { km: 7, x: 222, y: 156, approximate: true },
  { km: 8.5, x: 276, y: 168, approximate: true },
  { km: 10, x: 282, y: 92, approximate: true, landmark: "uenoHirokoji", badge: { x: 304, y: 92 }, turnBack: true },
  { km: 11.5, x: 296, y: 172, approximate: true },
  { km: 13, x: 340, y: 196, approximate: false, landmark: "nihonbashi", badge: { x: 321, y: 207 } },
  { km: 14, x: 368, y: 212, approximate: true },
  { km: 15, x: 380, y: 192, approximate: true },
  { km: 16, x: 394, y: 158, approximate: true },
  { km: 17.5, x: 398, y: 70, approximate: true, landmark: "kaminarimon", badge: { x: 384, y: 74 } },
  { km: 18, x: 412, y: 70, approximate: true },
  { km: 19, x: 412, y: 118, approximate: true },
  { km: 20, x: 452, y: 124, approximate: true, landmark: "ryogoku", badge: { x: 474, y: 124 } },
  { km: 22.5, x: 458, y: 200, approximate: true },
  { km: 24, x: 462, y: 262, approximate: true, landmark: "monzenNakacho", badge: { x: 484, y: 262 }, turnBack: true },
  { km: 25.5, x: 474, y: 200, approximate: true },
  { km: 27.5, x: 466, y: 136, approximate: true },
  { km: 28.5, x: 406, y: 160, approximate: true },
  { km: 30, x: 392, y: 202, approximate: true },
  { km: 31, x: 370, y: 226, approximate: true },
  { km: 32, x: 342, y: 210, approximate: false },
  { km: 33.5, x: 338, y: 262, approximate: true, landmark: "ginza", badge: { x: 352, y: 262 } },
  { km: 34.6, x: 290, y: 262, approximate: true },
  { km: 36.3, x: 270, y: 322, approximate: true, landmark: "zojoji", badge: { x: 256, y: 326 } },
  { km: 38.1, x: 262, y: 396, approximate: true, landmark: "tamachi", badge: { x: 246, y: 405 }, turnBack: true },
  { km: 39.9, x: 284, y: 324, approximate: true },
  { km: 41.4, x: 300, y: 272, approximate: true, landmark: "hibiya", badge: { x: 319, y: 283 } },
  { km: 42.195, x: 316, y: 222, approximate: false, landmark: "tokyoStation", badge: { x: 304, y: 215 } },
];
