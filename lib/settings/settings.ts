import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { formatJstMinute, parseJstMinute } from "@/lib/campaign/jst";
import type { SettingsInput } from "@/lib/validation/settings";
import { assertValidSchedule, readSchedule } from "@/lib/campaign/schedule";
import type { Schedule } from "@/lib/campaign/state";
import { assertAdmin, ReviewError } from "@/lib/review/errors";
import { DEFAULT_PRIZE_COUNT, lockPrizes } from "@/lib/winners/winners";


export type CampaignSettingsView = { schedule: Schedule; prizeCount: number };

export async function readSettings(db: PrismaClient): Promise<CampaignSettingsView> {
  const [schedule, settings] = await Promise.all([readSchedule(db), db.campaignSettings.findUnique({ where: { id: 1 } })]);
  return { schedule, prizeCount: settings?.prizeCount ?? DEFAULT_PRIZE_COUNT };
}

/** The form's values: every time in Japan time, the form staff type. */
export function settingsFormValues({ schedule, prizeCount }: CampaignSettingsView): SettingsInput {
  const field = (date: Date) => formatJstMinute(date).replace(" ", "T");
  const [first, second] = schedule.windows;
  return {
    window1OpensAt: field(first.opensAt),
    window1ClosesAt: field(first.closesAt),
    window2OpensAt: field(second.opensAt),
    window2ClosesAt: field(second.closesAt),
    announcementAt: field(schedule.announcementAt),
    prizeCount,
  };
}

/** A window "closes 23:59" means it accepts entries until the end of that minute. */
export function scheduleFromInput(input: SettingsInput): Schedule {
  return {
    windows: [
      { number: 1, opensAt: parseJstMinute(input.window1OpensAt), closesAt: parseJstMinute(input.window1ClosesAt, { endOfMinute: true }) },
      { number: 2, opensAt: parseJstMinute(input.window2OpensAt), closesAt: parseJstMinute(input.window2ClosesAt, { endOfMinute: true }) },
    ],
    announcementAt: parseJstMinute(input.announcementAt),
  };
}

/**
 * Saves the windows, the announcement time and the number of prizes in one transaction with its
 * audit record, or refuses and saves nothing.
 */
export async function updateSettings(db: PrismaClient, actor: Actor, input: SettingsInput): Promise<AuditReceipt> {
  assertAdmin(actor);
  const schedule = scheduleFromInput(input);
  assertValidSchedule(schedule);
  const before = settingsFormValues(await readSettings(db));
  return db.$transaction(async (tx) => {
    const { winners } = await lockPrizes(tx);
    if (input.prizeCount < winners) throw new ReviewError("prizeCountBelowWinners");
    for (const w of schedule.windows) {
      await tx.entryWindow.upsert({
        where: { number: w.number },
        create: { number: w.number, opensAt: w.opensAt, closesAt: w.closesAt },
        update: { opensAt: w.opensAt, closesAt: w.closesAt },
      });
    }
    await tx.campaignSettings.update({ where: { id: 1 }, data: { announcementAt: schedule.announcementAt, prizeCount: input.prizeCount } });
    const after = settingsFormValues({ schedule, prizeCount: input.prizeCount });
    return recordAudit(tx, { actorId: actor.id, action: "settings.update", entityType: "settings", entityId: "campaign", before, after });
  });
}
