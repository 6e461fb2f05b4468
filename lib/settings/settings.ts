import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { Refusal } from "@/lib/admin/refusal";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { parseJstMinute } from "@/lib/campaign/jst";
import { lockSchedule, readSchedule, scheduleRecord, writeSchedule } from "@/lib/campaign/schedule";
import type { Schedule } from "@/lib/campaign/state";
import { DEFAULT_REVIEWS_PER_ENTRY } from "@/lib/review/assignments";
import { assertAdmin, ReviewError } from "@/lib/review/errors";
import type { SettingsInput, WindowTimesInput } from "@/lib/validation/settings";
import { DEFAULT_PRIZE_COUNT, lockPrizes } from "@/lib/winners/winners";

export type CampaignSettingsView = { schedule: Schedule; prizeCount: number; reviewsPerEntry: number };

export async function readSettings(db: PrismaClient): Promise<CampaignSettingsView> {
  const [schedule, settings] = await Promise.all([readSchedule(db), db.campaignSettings.findUnique({ where: { id: 1 } })]);
  return {
    schedule,
    prizeCount: settings?.prizeCount ?? DEFAULT_PRIZE_COUNT,
    reviewsPerEntry: settings?.reviewsPerEntry ?? DEFAULT_REVIEWS_PER_ENTRY,
  };
}

/** The form's values (every time in Japan time, the form staff type); also what the audit log records. */
export function settingsFormValues({ schedule, prizeCount, reviewsPerEntry }: CampaignSettingsView): SettingsInput {
  const { windows: [first, ...rest], announcementAt } = scheduleRecord(schedule);
  return { windows: [first!, ...rest], announcementAt, prizeCount, reviewsPerEntry };
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
 * Saves the windows' times, the announcement time, the number of prizes and of reviews per entry in one transaction
 * with its audit record, or refuses and saves nothing. Windows are added and removed on their own
 * (lib/campaign/schedule.ts); a form showing another list of windows is refused.
 */
export async function updateSettings(db: PrismaClient, actor: Actor, input: SettingsInput): Promise<AuditReceipt> {
  assertAdmin(actor);
  const schedule = scheduleFromInput(input);
  return db.$transaction(async (tx) => {
    const current = await lockSchedule(tx);
    if (current.windows.map((w) => w.number).join() !== schedule.windows.map((w) => w.number).join()) throw new Refusal("windowsChanged");
    const { prizeCount, winners } = await lockPrizes(tx);
    await writeSchedule(tx, schedule);
    if (input.prizeCount < winners) throw new ReviewError("prizeCountBelowWinners");
    const { reviewsPerEntry } = await tx.campaignSettings.findUniqueOrThrow({ where: { id: 1 }, select: { reviewsPerEntry: true } });
    await tx.campaignSettings.update({ where: { id: 1 }, data: { prizeCount: input.prizeCount, reviewsPerEntry: input.reviewsPerEntry } });
    const before = settingsFormValues({ schedule: current, prizeCount, reviewsPerEntry });
    const after = settingsFormValues({ schedule, prizeCount: input.prizeCount, reviewsPerEntry: input.reviewsPerEntry });
    return recordAudit(tx, { actorId: actor.id, action: "settings.update", entityType: "settings", entityId: "campaign", before, after });
  });
}
