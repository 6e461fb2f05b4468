import type { Formats } from "next-intl";

/** Named date formats used across the site (always shown in Japan time, see routing.ts). */
export const FORMATS = {
  dateTime: {
    dateTime: { year: "numeric", month: "long", day: "numeric", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
    date: { year: "numeric", month: "long", day: "numeric" },
    short: { year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  },
} satisfies Formats;
