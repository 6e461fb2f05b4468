/**
 * Where the campaign stands at a given instant. Pure: the clock is a parameter, so every boundary
 * can be tested without mocks. A window is open from `opensAt` (inclusive) to `closesAt`
 * (inclusive: it is the last instant entries are accepted).
 */
export type EntryWindowTimes = { number: 1 | 2; opensAt: Date; closesAt: Date };

export type Schedule = {
  windows: readonly [EntryWindowTimes, EntryWindowTimes];
  announcementAt: Date;
};

export type CampaignState =
  | { phase: "before"; nextWindow: EntryWindowTimes }
  | { phase: "open"; window: EntryWindowTimes }
  | { phase: "between"; nextWindow: EntryWindowTimes }
  | { phase: "closed"; announcementAt: Date }
  | { phase: "announced"; announcementAt: Date };

export function isWindowOpen(window: EntryWindowTimes, now: Date): boolean {
  return window.opensAt.getTime() <= now.getTime() && now.getTime() <= window.closesAt.getTime();
}

export function stateAt(schedule: Schedule, now: Date): CampaignState {
  const [first, second] = schedule.windows;
  const t = now.getTime();
  if (t < first.opensAt.getTime()) return { phase: "before", nextWindow: first };
  if (isWindowOpen(first, now)) return { phase: "open", window: first };
  if (t < second.opensAt.getTime()) return { phase: "between", nextWindow: second };
  if (isWindowOpen(second, now)) return { phase: "open", window: second };
  if (t < schedule.announcementAt.getTime()) return { phase: "closed", announcementAt: schedule.announcementAt };
  return { phase: "announced", announcementAt: schedule.announcementAt };
}

/** The window an entry submitted at `now` belongs to, or null when no window is open. */
export function openWindowAt(schedule: Schedule, now: Date): EntryWindowTimes | null {
  return schedule.windows.find((window) => isWindowOpen(window, now)) ?? null;
}

/** Problems that make a schedule unusable, as message keys (empty when it is valid). */
export function scheduleProblems(schedule: Schedule): ScheduleProblem[] {
  const [first, second] = schedule.windows;
  const problems: ScheduleProblem[] = [];
  if (first.closesAt <= first.opensAt) problems.push("firstWindowEndsBeforeItOpens");
  if (second.closesAt <= second.opensAt) problems.push("secondWindowEndsBeforeItOpens");
  if (second.opensAt <= first.closesAt) problems.push("windowsOverlap");
  if (schedule.announcementAt <= second.closesAt) problems.push("announcementBeforeSecondWindowCloses");
  return problems;
}

export type ScheduleProblem =
  | "firstWindowEndsBeforeItOpens"
  | "secondWindowEndsBeforeItOpens"
  | "windowsOverlap"
  | "announcementBeforeSecondWindowCloses";
