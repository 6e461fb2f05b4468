import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Staff } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/log";
import { formatJstMinute, parseJstMinute } from "@/lib/campaign/jst";
import { readSchedule } from "@/lib/campaign/schedule";
import { scheduleProblems, type Schedule, type ScheduleProblem } from "@/lib/campaign/state";
import { assertAdmin } from "@/lib/review/errors";
import { DEFAULT_PRIZE_COUNT, lockPrizes } from "@/lib/winners/winners";

/** A Japan-time minute as typed in a datetime-local field ("YYYY-MM-DDTHH:mm"). */
const jstMinute = z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/, "format").refine((text) => {
  try {
    parseJstMinute(text);
    return true;
  } catch {
    return false;
  }
}, "format");

export const settingsSchema = z.object({
  window1OpensAt: jstMinute,
  window1ClosesAt: jstMinute,
  window2OpensAt: jstMinute,
  window2ClosesAt: jstMinute,
  announcementAt: jstMinute,
  prizeCount: z.coerce.number().int().min(1).max(100),
});

export type SettingsInput = z.infer<typeof settingsSchema>;

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

export type SettingsProblem = ScheduleProblem | "prizeCountBelowWinners";

/**
 * Saves the windows, the announcement time and the number of prizes in one transaction with its
 * audit record, or says what is wrong and saves nothing.
 */
export async function updateSettings(db: PrismaClient, actor: Pick<Staff, "id" | "role">, input: SettingsInput): Promise<SettingsProblem[]> {
  assertAdmin(actor);
  const schedule = scheduleFromInput(input);
  const before = settingsFormValues(await readSettings(db));
  return db.$transaction(async (tx) => {
    const { winners } = await lockPrizes(tx);
    const problems: SettingsProblem[] = scheduleProblems(schedule);
    if (input.prizeCount < winners) problems.push("prizeCountBelowWinners");
    if (problems.length > 0) return problems;
    for (const w of schedule.windows) {
      await tx.entryWindow.upsert({
        where: { number: w.number },
        create: { number: w.number, opensAt: w.opensAt, closesAt: w.closesAt },
        update: { opensAt: w.opensAt, closesAt: w.closesAt },
      });
    }
    await tx.campaignSettings.update({ where: { id: 1 }, data: { announcementAt: schedule.announcementAt, prizeCount: input.prizeCount } });
    const after = settingsFormValues({ schedule, prizeCount: input.prizeCount });
    await recordAudit(tx, { actorId: actor.id, action: "settings.update", entityType: "settings", entityId: "campaign", before, after });
    return [];
  });
}
