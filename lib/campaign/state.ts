/**
 * Where the campaign stands at a given instant. Pure: the clock is a parameter, so every boundary
 * can be tested without mocks. A window is open from `opensAt` (inclusive) to `closesAt`
 * (inclusive: it is the last instant entries are accepted).
 */
export type EntryWindowTimes = { number: number; opensAt: Date; closesAt: Date };

/** More would be a mistake; the console and the command line refuse them. */
export const MAX_WINDOWS = 12;

/** Windows numbered 1…N in time order (at least one), then the winners' announcement. */
export type Schedule = {
  windows: readonly [EntryWindowTimes, ...EntryWindowTimes[]];
  announcementAt: Date;
};

export type CampaignState =
  | { phase: "before"; nextWindow: EntryWindowTimes }
  | { phase: "open"; window: EntryWindowTimes }
  | { phase: "between"; previousWindow: EntryWindowTimes; nextWindow: EntryWindowTimes }
  | { phase: "closed"; announcementAt: Date }
  | { phase: "announced"; announcementAt: Date };

/** When a window is open: both ends included. */
export function isWindowOpen(window: EntryWindowTimes, now: Date): boolean {
  return window.opensAt.getTime() <= now.getTime() && now.getTime() <= window.closesAt.getTime();
}

/**
 * The same rule in SQL, for the queries on "EntryWindow" that admit and store an entry; `at` is a
 * timestamp placeholder such as "$3". A test holds the two to the same boundaries.
 */
export function openWindowCondition(at: string): string {
  return `"opensAt" <= ${at}::timestamp AND "closesAt" >= ${at}::timestamp`;
}

export function stateAt(schedule: Schedule, now: Date): CampaignState {
  const open = schedule.windows.find((window) => isWindowOpen(window, now));
  if (open) return { phase: "open", window: open };
  const next = schedule.windows.find((window) => now.getTime() < window.opensAt.getTime());
  const previous = schedule.windows.findLast((window) => window.closesAt.getTime() < now.getTime());
  if (next) return previous ? { phase: "between", previousWindow: previous, nextWindow: next } : { phase: "before", nextWindow: next };
  if (now.getTime() < schedule.announcementAt.getTime()) return { phase: "closed", announcementAt: schedule.announcementAt };
  return { phase: "announced", announcementAt: schedule.announcementAt };
}

/** A reason a schedule cannot be saved: a message key under Admin.errors and the window it names. */
export type ScheduleProblem =
  | { key: "windowEndsBeforeItOpens"; number: number }
  | { key: "windowsOverlap"; number: number; previous: number }
  | { key: "announcementBeforeLastWindowCloses"; number: number };

/** Problems that make a schedule unusable (empty when it is valid). */
export function scheduleProblems(schedule: Schedule): ScheduleProblem[] {
  const problems: ScheduleProblem[] = [];
  schedule.windows.forEach((window, index) => {
    if (window.closesAt <= window.opensAt) problems.push({ key: "windowEndsBeforeItOpens", number: window.number });
    const previous = schedule.windows[index - 1];
    if (previous && window.opensAt <= previous.closesAt) problems.push({ key: "windowsOverlap", number: window.number, previous: previous.number });
  });
  const last = schedule.windows.at(-1)!;
  if (schedule.announcementAt <= last.closesAt) problems.push({ key: "announcementBeforeLastWindowCloses", number: last.number });
  return problems;
}
