import { parseJstMinute } from "./jst";
import type { Schedule } from "./state";

/** The schedule seeded on a new database; staff set the real days later (Japan time). */
export const DEFAULT_SCHEDULE: Schedule = {
  windows: [
    { number: 1, opensAt: parseJstMinute("2026-12-21 10:00"), closesAt: parseJstMinute("2027-01-29 23:59", { endOfMinute: true }) },
    { number: 2, opensAt: parseJstMinute("2027-03-02 10:00"), closesAt: parseJstMinute("2027-03-26 23:59", { endOfMinute: true }) },
  ],
  announcementAt: parseJstMinute("2027-04-15 12:00"),
};
