import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { Refusal } from "@/lib/admin/refusal";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { formatJstMinute, parseJstMinute } from "@/lib/campaign/jst";
import { lockSchedule, readSchedule, scheduleRecord, writeSchedule } from "@/lib/campaign/schedule";
import type { Schedule } from "@/lib/campaign/state";
import { assertAdmin, ReviewError } from "@/lib/review/errors";
import type { SettingsInput, WindowTimesInput } from "@/lib/validation/settings";
import { DEFAULT_PRIZE_COUNT, lockPrizes } from "@/lib/winners/winners";

export type CampaignSettingsView = { schedule: Schedule; prizeCount: number; acceptanceDeadline: Date | null };

export async function readSettings(db: PrismaClient): Promise<CampaignSettingsView> {
  const [schedule, settings] = await Promise.all([readSchedule(db), db.campaignSettings.findUnique({ where: { id: 1 } })]);
  return { schedule, prizeCount: settings?.prizeCount ?? DEFAULT_PRIZE_COUNT, acceptanceDeadline: settings?.acceptanceDeadline ?? null };
}

/** The form's values (every time in Japan time, the form staff type); also what the audit log records. */
export function settingsFormValues({ schedule, prizeCount, acceptanceDeadline }: CampaignSettingsView): SettingsInput {
  const { windows: [first, ...rest], announcementAt } = scheduleRecord(schedule);
  const deadline = acceptanceDeadline ? formatJstMinute(acceptanceDeadline).replace(" ", "T") : "";
  return { windows: [first!, ...rest], announcementAt, prizeCount, acceptanceDeadline: deadline };
}

/** A window "closes 23:59" means it accepts entries until the end of that minute. */
export function windowTimesFromInput(input: WindowTimesInput) {
  return { opensAt: parseJstMinute(input.opensAt), closesAt: parseJstMinute(input.closesAt, { endOfMinute: true }) };
}

export function scheduleFromInput(input: SettingsInput): Schedule {
  const [first, ...rest] = input.windows.map((w) => ({ number: w.number, ...windowTimesFromInput(w) }));
  return { windows: [first!, ...rest], announcementAt: parseJstMinute(input.announcementAt) };
}

/**
 * Saves the windows' times, the announcement time, the number of prizes and the acceptance
 * deadline in one transaction with its audit record, or refuses and saves nothing. Windows are
 * added and removed on their own (lib/campaign/schedule.ts); a form showing another list of
 * windows is refused. The deadline is stored before the schedule, which checks it against the
 * announcement.
 */
export async function updateSettings(db: PrismaClient, actor: Actor, input: SettingsInput): Promise<AuditReceipt> {
  assertAdmin(actor);
  const schedule = scheduleFromInput(input);
  return db.$transaction(async (tx) => {
    const current = await lockSchedule(tx);
    if (current.windows.map((w) => w.number).join() !== schedule.windows.map((w) => w.number).join()) throw new Refusal("windowsChanged");
    const { prizeCount, winners } = await lockPrizes(tx);
    const { acceptanceDeadline } = await tx.campaignSettings.findUniqueOrThrow({ where: { id: 1 }, select: { acceptanceDeadline: true } });
    const deadline = input.acceptanceDeadline ? parseJstMinute(input.acceptanceDeadline) : null;
    if (input.prizeCount < winners) throw new ReviewError("prizeCountBelowWinners");
    await tx.campaignSettings.update({ where: { id: 1 }, data: { prizeCount: input.prizeCount, acceptanceDeadline: deadline } });
    await writeSchedule(tx, schedule);
    const before = settingsFormValues({ schedule: current, prizeCount, acceptanceDeadline });
    const after = settingsFormValues({ schedule, prizeCount: input.prizeCount, acceptanceDeadline: deadline });
    return recordAudit(tx, { actorId: actor.id, action: "settings.update", entityType: "settings", entityId: "campaign", before, after });
  });
}
