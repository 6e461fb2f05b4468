import "server-only";
import { Refusal } from "@/lib/admin/refusal";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import type { Actor } from "@/lib/auth/sessions";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_SCHEDULE } from "./defaults";
import { formatJstMinute } from "./jst";
import { MAX_WINDOWS, scheduleProblems, type EntryWindowTimes, type Schedule, type ScheduleProblem } from "./state";

/**
 * Reads and writes the campaign schedule: windows 1…N in time order and the announcement (decision
 * 17). Takes the Prisma client as a parameter so the same code serves the console, the `campaign`
 * command and the tests. Every change is audited; `null` as the actor is the operator at the
 * command line.
 */

type Db = PrismaClient | Prisma.TransactionClient;
type Operator = Actor | null;

function assertAdminOrOperator(actor: Operator) {
  if (actor && actor.role !== "admin") throw new Refusal("forbidden");
}

export async function readSchedule(db: Db): Promise<Schedule> {
  const [rows, settings] = await Promise.all([
    db.entryWindow.findMany({ orderBy: { number: "asc" }, select: { number: true, opensAt: true, closesAt: true } }),
    db.campaignSettings.findUnique({ where: { id: 1 } }),
  ]);
  const [first, ...rest] = rows;
  // The migrations store the default windows, and the last window cannot be removed.
  if (!first) throw new Error("No entry window is stored: apply the migrations (npm run db:migrate)");
  return { windows: [first, ...rest], announcementAt: settings?.announcementAt ?? DEFAULT_SCHEDULE.announcementAt };
}

/** A schedule that cannot be saved; staff see its first problem. */
export class InvalidScheduleError extends Refusal {
  constructor(readonly problems: [ScheduleProblem, ...ScheduleProblem[]]) {
    const { key, ...params } = problems[0];
    super(key, { params });
    this.message = `Invalid schedule: ${problems.map((p) => `${p.key} (window ${p.number})`).join(", ")}`;
  }
}

function assertValidSchedule(schedule: Schedule): void {
  const [first, ...rest] = scheduleProblems(schedule);
  if (first) throw new InvalidScheduleError([first, ...rest]);
}

/** The windows that entries or prize draws refer to: they keep their number. */
async function windowsInUse(db: Db): Promise<number[]> {
  const rows = await db.$queryRaw<{ number: number }[]>`
    SELECT w.number FROM "EntryWindow" w
    WHERE EXISTS (SELECT 1 FROM "Entry" e WHERE e."windowNumber" = w.number)
       OR EXISTS (SELECT 1 FROM "PrizeDraw" d WHERE d."windowNumber" = w.number)
    ORDER BY w.number`;
  return rows.map((row) => row.number);
}

/** As the audit log records a schedule: Japan-time minutes, as staff type them. */
export function scheduleRecord(schedule: Schedule) {
  const minute = (date: Date) => formatJstMinute(date).replace(" ", "T");
  return {
    windows: schedule.windows.map((w) => ({ number: w.number, opensAt: minute(w.opensAt), closesAt: minute(w.closesAt) })),
    announcementAt: minute(schedule.announcementAt),
  };
}

/**
 * Serializes changes of the schedule for the rest of the transaction. Entries keep being admitted
 * meanwhile: their reference to a window takes a weaker lock than this one excludes.
 */
export async function lockSchedule(tx: Prisma.TransactionClient): Promise<Schedule> {
  await tx.$executeRaw`LOCK TABLE "EntryWindow" IN SHARE ROW EXCLUSIVE MODE`;
  return readSchedule(tx);
}

/**
 * Stores windows 1…N and the announcement inside a transaction holding `lockSchedule`. Windows
 * after N are removed, refused when in use (the foreign keys refuse it too). The winners' acceptance
 * deadline, when set, must stay before the announcement (decision 32).
 */
export async function writeSchedule(tx: Prisma.TransactionClient, schedule: Schedule): Promise<void> {
  schedule.windows.forEach((w, index) => {
    if (w.number !== index + 1) throw new Error(`Windows must be numbered 1…N in order; found ${w.number} at position ${index + 1}`);
  });
  if (schedule.windows.length > MAX_WINDOWS) throw new Refusal("tooManyWindows", { params: { max: MAX_WINDOWS } });
  assertValidSchedule(schedule);
  const removed = (await windowsInUse(tx)).find((number) => number > schedule.windows.length);
  if (removed !== undefined) throw new Refusal("windowInUse", { params: { number: removed } });
  await tx.entryWindow.deleteMany({ where: { number: { gt: schedule.windows.length } } });
  for (const w of schedule.windows) {
    await tx.entryWindow.upsert({
      where: { number: w.number },
      create: { number: w.number, opensAt: w.opensAt, closesAt: w.closesAt },
      update: { opensAt: w.opensAt, closesAt: w.closesAt },
    });
  }
  const { acceptanceDeadline } = await tx.campaignSettings.upsert({
    where: { id: 1 },
    create: { id: 1, announcementAt: schedule.announcementAt },
    update: { announcementAt: schedule.announcementAt },
  });
  if (acceptanceDeadline && acceptanceDeadline.getTime() >= schedule.announcementAt.getTime()) {
    throw new Refusal("acceptanceDeadlineAfterAnnouncement", { params: { announcement: formatJstMinute(schedule.announcementAt) } });
  }
}

/** Saves a whole schedule (windows 1…N and the announcement) after checking it is coherent. */
export async function saveSchedule(db: PrismaClient, schedule: Schedule, actor: Operator = null): Promise<AuditReceipt> {
  assertAdminOrOperator(actor);
  return db.$transaction(async (tx) => {
    const before = scheduleRecord(await lockSchedule(tx));
    await writeSchedule(tx, schedule);
    return recordAudit(tx, { actorId: actor?.id ?? null, action: "settings.update", entityType: "settings", entityId: "campaign", before, after: scheduleRecord(schedule) });
  });
}

/** Adds a window after the last one; it must open after the last closes and close before the announcement. */
export async function addWindow(db: PrismaClient, actor: Operator, times: Omit<EntryWindowTimes, "number">): Promise<AuditReceipt> {
  assertAdminOrOperator(actor);
  return db.$transaction(async (tx) => {
    const current = await lockSchedule(tx);
    const added = { number: current.windows.length + 1, ...times };
    await writeSchedule(tx, { ...current, windows: [...current.windows, added] });
    return recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "window.add",
      entityType: "window",
      entityId: String(added.number),
      after: scheduleRecord({ windows: [added], announcementAt: current.announcementAt }).windows[0],
    });
  });
}

/**
 * Removes a window; the later ones move down a number. Refused for the only window, and when the
 * window or a later one has entries or a draw (their number is part of them).
 */
export async function removeWindow(db: PrismaClient, actor: Operator, number: number): Promise<AuditReceipt> {
  assertAdminOrOperator(actor);
  return db.$transaction(async (tx) => {
    const current = await lockSchedule(tx);
    const removed = current.windows.find((w) => w.number === number);
    if (!removed) throw new Refusal("windowNotFound", { params: { number } });
    const [first, ...rest] = current.windows
      .filter((w) => w !== removed)
      .map((w, index) => ({ ...w, number: index + 1 }));
    if (!first) throw new Refusal("lastWindow");
    const moved = (await windowsInUse(tx)).find((used) => used >= number);
    if (moved !== undefined) throw new Refusal("windowInUse", { params: { number: moved } });
    await writeSchedule(tx, { ...current, windows: [first, ...rest] });
    return recordAudit(tx, {
      actorId: actor?.id ?? null,
      action: "window.remove",
      entityType: "window",
      entityId: String(number),
      before: scheduleRecord({ windows: [removed], announcementAt: current.announcementAt }).windows[0],
    });
  });
}

/** Stores the default schedule unless one is already stored (seeding twice changes nothing). */
export async function seedSchedule(db: PrismaClient): Promise<void> {
  await db.$transaction(async (tx) => {
    if ((await tx.entryWindow.count()) === 0) {
      await tx.entryWindow.createMany({ data: DEFAULT_SCHEDULE.windows.map(({ number, opensAt, closesAt }) => ({ number, opensAt, closesAt })) });
    }
    await tx.campaignSettings.upsert({
      where: { id: 1 },
      create: { id: 1, announcementAt: DEFAULT_SCHEDULE.announcementAt },
      update: {},
    });
  });
}
