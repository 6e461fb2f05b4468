import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AppLocale } from "@/i18n/routing";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { Refusal } from "@/lib/admin/refusal";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { composePrizeOfferEmail } from "@/lib/mail/prize-offer";
import { ReviewError } from "@/lib/review/errors";
import { siteUrl } from "@/lib/site/url";

/**
 * Offering a prize (decision 32): a link only its recipient holds (stored as a hash, for this one
 * purpose), valid until the acceptance deadline in force when it is mailed.
 */
export function offerTokenHash(token: string): string {
  return createHash("sha256").update(`prize_offer:${token}`).digest("hex");
}

export function prizeOfferUrl(locale: AppLocale, token: string): string {
  return `${siteUrl()}/${locale}/prize?token=${token}`;
}

/** The deadline a new offer gets; refused when none is set or it has passed. */
async function deadlineForNewOffer(tx: Prisma.TransactionClient, now: Date): Promise<Date> {
  const settings = await tx.campaignSettings.findUnique({ where: { id: 1 }, select: { acceptanceDeadline: true } });
  const deadline = settings?.acceptanceDeadline;
  if (!deadline) throw new Refusal("acceptanceDeadlineMissing");
  if (deadline.getTime() <= now.getTime()) throw new Refusal("acceptanceDeadlinePassed");
  return deadline;
}

/**
 * Offers a prize to an entry just made a winner, inside the transaction that made it one: a new
 * prize (from a draw, or chosen by the jury: drawId null) or one passed on (its id). Writes the
 * offer, its mail to the outbox and its audit row.
 */
export async function offerPrize(
  tx: Prisma.TransactionClient,
  actor: Actor,
  { entryId, prize, now }: { entryId: string; prize: { drawId: number | null } | { id: number }; now: Date },
): Promise<AuditReceipt> {
  const expiresAt = await deadlineForNewOffer(tx, now);
  const entry = await tx.entry.findUniqueOrThrow({
    where: { id: entryId },
    select: { reference: true, name: true, penName: true, email: true, title: true, language: true },
  });
  if (!entry.email) throw new ReviewError("erased");
  const prizeId = "id" in prize ? prize.id : (await tx.prize.create({ data: { drawId: prize.drawId, createdAt: now } })).id;
  const token = randomBytes(32).toString("base64url");
  const offer = await tx.prizeOffer.create({ data: { prizeId, entryId, tokenHash: offerTokenHash(token), offeredAt: now, expiresAt } });
  const mail = composePrizeOfferEmail(entry.language, {
    name: entry.name ?? entry.penName,
    reference: entry.reference,
    title: entry.title,
    url: prizeOfferUrl(entry.language, token),
    deadline: expiresAt,
  });
  await tx.outboxEmail.create({ data: { entryId, to: entry.email, ...mail, createdAt: now } });
  return recordAudit(tx, {
    actorId: actor.id,
    action: "prize.offer",
    entityType: "prize",
    entityId: String(prizeId),
    after: { offerId: offer.id, reference: entry.reference, expiresAt: expiresAt.toISOString() },
  });
}
