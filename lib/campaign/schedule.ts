import { Refusal } from "@/lib/admin/refusal";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_SCHEDULE } from "./defaults";
import { scheduleProblems, type EntryWindowTimes, type Schedule, type ScheduleProblem } from "./state";

/**
 * Reads and writes the campaign schedule. Takes the Prisma client as a parameter so the same code
 * serves the app (lib/db/client.ts), the `campaign` command and the tests.
 */
export async function readSchedule(db: PrismaClient): Promise<Schedule> {
  const [windows, settings] = await Promise.all([
    db.entryWindow.findMany({ orderBy: { number: "asc" } }),
    db.campaignSettings.findUnique({ where: { id: 1 } }),
  ]);
  const byNumber = (n: 1 | 2): EntryWindowTimes => {
    const row = windows.find((w) => w.number === n);
    return row ? { number: n, opensAt: row.opensAt, closesAt: row.closesAt } : DEFAULT_SCHEDULE.windows[n - 1]!;
  };
  return {
    windows: [byNumber(1), byNumber(2)],
    announcementAt: settings?.announcementAt ?? DEFAULT_SCHEDULE.announcementAt,
  };
}

/** A schedule that cannot be saved; staff see its first problem. */
export class InvalidScheduleError extends Refusal {
  constructor(readonly problems: [ScheduleProblem, ...ScheduleProblem[]]) {
    super(problems[0]);
    this.message = `Invalid schedule: ${problems.join(", ")}`;
  }
}

export function assertValidSchedule(schedule: Schedule): void {
  const [first, ...rest] = scheduleProblems(schedule);
  if (first) throw new InvalidScheduleError([first, ...rest]);
}

/** Saves a whole schedule after checking it is coherent; nothing is written if it is not. */
export async function saveSchedule(db: PrismaClient, schedule: Schedule): Promise<void> {
  assertValidSchedule(schedule);
  await db.$transaction([
    ...schedule.windows.map((w) =>
      db.entryWindow.upsert({
        where: { number: w.number },
        create: { number: w.number, opensAt: w.opensAt, closesAt: w.closesAt },
        update: { opensAt: w.opensAt, closesAt: w.closesAt },
      }),
    ),
    db.campaignSettings.upsert({
      where: { id: 1 },
      create: { id: 1, announcementAt: schedule.announcementAt },
      update: { announcementAt: schedule.announcementAt },
    }),
  ]);
}

/** Stores the default schedule unless one is already stored (seeding twice changes nothing). */
export async function seedSchedule(db: PrismaClient): Promise<void> {
  await db.$transaction([
    ...DEFAULT_SCHEDULE.windows.map((w) =>
      db.entryWindow.upsert({
        where: { number: w.number },
        create: { number: w.number, opensAt: w.opensAt, closesAt: w.closesAt },
        update: {},
      }),
    ),
    db.campaignSettings.upsert({
      where: { id: 1 },
      create: { id: 1, announcementAt: DEFAULT_SCHEDULE.announcementAt },
      update: {},
    }),
  ]);
}
