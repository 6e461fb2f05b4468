import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { DEFAULT_SCHEDULE } from "@/lib/campaign/defaults";
import { storyTextFor } from "@/lib/featured/public";
import { assertAdmin, ReviewError } from "@/lib/review/errors";
import { WINNABLE } from "@/lib/review/status";
import { lockEntry } from "@/lib/review/workflow";
import { entryId as entryIdSchema } from "@/lib/validation/review";
import { offerPrize } from "./offer-prize";
import { winnersVisible } from "./visibility";

export const DEFAULT_PRIZE_COUNT = 10;

/**
 * Locks the settings row (every change to the set of winners goes through it, so two admins can
 * never exceed the number of prizes together) and returns how many prizes are left.
 */
export async function lockPrizes(tx: Prisma.TransactionClient): Promise<{ prizeCount: number; winners: number; left: number }> {
  await tx.campaignSettings.upsert({
    where: { id: 1 },
    create: { id: 1, announcementAt: DEFAULT_SCHEDULE.announcementAt },
    update: {},
  });
  const [settings] = await tx.$queryRaw<{ prizeCount: number }[]>`SELECT "prizeCount" FROM "CampaignSettings" WHERE "id" = 1 FOR UPDATE`;
  const winners = await tx.entry.count({ where: { status: "winner" } });
  const prizeCount = settings?.prizeCount ?? DEFAULT_PRIZE_COUNT;
  return { prizeCount, winners, left: prizeCount - winners };
}

/** Marks one entry as a winner inside a transaction that already holds the prize lock. */
export async function makeWinner(tx: Prisma.TransactionClient, actor: Actor, entryId: string, reason?: { drawId: number; prizeId?: number }) {
  const entry = await lockEntry(tx, entryId);
  if (entry.erasedAt) throw new ReviewError("erased");
  if (!WINNABLE.includes(entry.status)) throw new ReviewError("transitionNotAllowed");
  await tx.entry.update({ where: { id: entryId }, data: { status: "winner" } });
  return recordAudit(tx, {
    actorId: actor.id,
    action: "entry.winner",
    entityType: "entry",
    entityId: entryId,
    before: { status: entry.status },
    after: { status: "winner", ...(reason ?? {}) },
  });
}

/** A winner chosen by the jury: marked, then offered the prize by mail (decision 32). */
export async function markWinner(db: PrismaClient, actor: Actor, entryId: string, now = new Date()): Promise<AuditReceipt[]> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { left } = await lockPrizes(tx);
    if (left <= 0) throw new ReviewError("prizesExhausted");
    return [await makeWinner(tx, actor, entryId), await offerPrize(tx, actor, { entryId, prize: { drawId: null }, now })];
  });
}

/** The entry a win leaves: back to featured while its story is public, else to the shortlist. */
export async function leaveWin(tx: Prisma.TransactionClient, entryId: string) {
  const story = await tx.featuredStory.findUnique({ where: { entryId }, select: { publishedAt: true } });
  const to = story?.publishedAt ? "featured" : "shortlisted";
  await tx.entry.update({ where: { id: entryId }, data: { status: to } });
  return to;
}

/** Takes a win back; its prize offer is withdrawn (the mailed link stops working). */
export async function revokeWinner(db: PrismaClient, actor: Actor, entryId: string, now = new Date()): Promise<AuditReceipt> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    await lockPrizes(tx);
    const entry = await lockEntry(tx, entryId);
    if (entry.status !== "winner") throw new ReviewError("notWinner");
    const to = await leaveWin(tx, entryId);
    const { count: withdrawnOffers } = await tx.prizeOffer.updateMany({ where: { entryId, withdrawnAt: null }, data: { withdrawnAt: now } });
    return recordAudit(tx, {
      actorId: actor.id,
      action: "entry.winner_revoked",
      entityType: "entry",
      entityId: entryId,
      before: { status: "winner" },
      after: { status: to, withdrawnOffers },
    });
  });
}

/** The console's view: how many winners so far, prizes, the acceptance deadline and the shortlist to choose from. */
export async function winnersBoard(db: PrismaClient) {
  const [settings, winners, candidates] = await Promise.all([
    db.campaignSettings.findUnique({ where: { id: 1 } }),
    db.entry.count({ where: { status: "winner" } }),
    db.entry.findMany({
      where: { status: { in: [...WINNABLE] }, confirmedAt: { not: null }, erasedAt: null },
      orderBy: [{ scoreAverage: "desc" }, { reference: "asc" }],
      select: { id: true, reference: true, penName: true, title: true, windowNumber: true, status: true, scoreAverage: true, scoreCount: true },
    }),
  ]);
  return {
    prizeCount: settings?.prizeCount ?? DEFAULT_PRIZE_COUNT,
    announcementAt: settings?.announcementAt ?? DEFAULT_SCHEDULE.announcementAt,
    acceptanceDeadline: settings?.acceptanceDeadline ?? null,
    winners,
    candidates,
  };
}

/** An offer its recipient accepted and that was not withdrawn since: the prize is theirs. */
export const ACCEPTED_OFFER = { answer: "accepted", withdrawnAt: null } satisfies Prisma.PrizeOfferWhereInput;

/** What the confirmation before marking a winner shows: the entry, the prizes left and the deadline. */
export async function markPreview(db: PrismaClient, entryId: string) {
  if (!entryIdSchema.safeParse(entryId).success) return null;
  const [entry, settings, winners] = await Promise.all([
    db.entry.findFirst({
      where: { id: entryId, confirmedAt: { not: null } },
      select: { id: true, reference: true, title: true, penName: true, windowNumber: true, language: true, status: true, erasedAt: true },
    }),
    db.campaignSettings.findUnique({ where: { id: 1 }, select: { prizeCount: true, acceptanceDeadline: true } }),
    db.entry.count({ where: { status: "winner" } }),
  ]);
  if (!entry) return null;
  return {
    entry,
    winnable: WINNABLE.includes(entry.status) && !entry.erasedAt,
    left: (settings?.prizeCount ?? DEFAULT_PRIZE_COUNT) - winners,
    acceptanceDeadline: settings?.acceptanceDeadline ?? null,
  };
}

export type MarkPreview = NonNullable<Awaited<ReturnType<typeof markPreview>>>;

/** `drawn`: chosen by a draw; otherwise chosen by the jury, and labelled so on the public page. */
export type PublicWinner = { id: string; penName: string | null; title: string | null; language: Locale; windowNumber: number; drawn: boolean };

/**
 * The public winners page: nothing before the announcement time; then the winners who accepted
 * their prize (decision 32), with pen names and titles (in the reader's language when a finished
 * staff translation exists). An entrant who asked for erasure is listed without pen name or title.
 */
export async function publicWinners(db: PrismaClient, locale: Locale, now = new Date()): Promise<{ announcementAt: Date; winners: PublicWinner[] | null }> {
  const settings = await db.campaignSettings.findUnique({ where: { id: 1 } });
  const announcementAt = settings?.announcementAt ?? DEFAULT_SCHEDULE.announcementAt;
  if (!winnersVisible(announcementAt, now)) return { announcementAt, winners: null };
  const rows = await db.entry.findMany({
    where: { status: "winner", prizeOffers: { some: ACCEPTED_OFFER } },
    orderBy: [{ windowNumber: "asc" }, { reference: "asc" }],
    select: {
      id: true,
      penName: true,
      title: true,
      language: true,
      windowNumber: true,
      erasedAt: true,
      featured: true,
      consents: { where: { kind: "publication" }, select: { kind: true } },
      prizeOffers: { where: ACCEPTED_OFFER, select: { prize: { select: { drawId: true } } } },
    },
  });
  return {
    announcementAt,
    winners: rows.map((row) => {
      const drawn = row.prizeOffers.some((offer) => offer.prize.drawId !== null);
      if (row.erasedAt) return { id: row.id, penName: null, title: null, language: row.language, windowNumber: row.windowNumber, drawn };
      const text = row.featured?.publishedAt ? storyTextFor(row.featured, locale) : { title: row.title, language: row.language };
      // The title is part of the story: without permission to publish, only the pen name is shown.
      const title = row.consents.length > 0 ? text.title : null;
      return { id: row.id, penName: row.penName, title, language: text.language, windowNumber: row.windowNumber, drawn };
    }),
  };
}
