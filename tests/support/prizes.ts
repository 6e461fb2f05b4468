/** Prize offers in tests: the acceptance deadline, and the link a winner was mailed. */
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DEFAULT_SCHEDULE } from "../../lib/campaign/defaults";

export async function setAcceptanceDeadline(db: PrismaClient, acceptanceDeadline: Date | null) {
  await db.campaignSettings.upsert({
    where: { id: 1 },
    create: { id: 1, announcementAt: DEFAULT_SCHEDULE.announcementAt, acceptanceDeadline },
    update: { acceptanceDeadline },
  });
}

/** The token of the newest prize mail to an entry, read from the outbox as the entrant reads the mail. */
export async function mailedPrizeToken(db: PrismaClient, entryId: string): Promise<string> {
  const mail = await db.outboxEmail.findFirstOrThrow({ where: { entryId, text: { contains: "/prize?token=" } }, orderBy: { createdAt: "desc" } });
  return /\/prize\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)![1]!;
}
