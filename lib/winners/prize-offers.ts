import "server-only";
import type { Prisma, PrismaClient, PrizeAnswer, PrizeDraw } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { Refusal } from "@/lib/admin/refusal";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { invalidatePublicPages } from "@/lib/cache/invalidation";
import type { Queryable } from "@/lib/db/queryable";
import { assertAdmin, ReviewError } from "@/lib/review/errors";
import { WINNABLE } from "@/lib/review/status";
import { prizeAnswerSchema } from "@/lib/validation/winners";
import { lockEntry } from "@/lib/review/workflow";
import { drawResult } from "./draw";
import { offerPrize, offerTokenHash } from "./offer-prize";
import { leaveWin, lockPrizes, makeWinner } from "./winners";

/**
 * Winners who accept (decision 32). A prize is offered to one entrant at a time; its state is
 * computed from the offer and the clock (no job expires anything). A declined or expired prize
 * from a draw passes, by one admin action, to the next reserve in that draw's published order.
 */
export type OfferState = "pending" | "accepted" | "declined" | "expired" | "withdrawn";

type OfferFacts = { answer: PrizeAnswer | null; expiresAt: Date; withdrawnAt: Date | null };

export function offerState(offer: OfferFacts, now: Date): OfferState {
  if (offer.withdrawnAt) return "withdrawn";
  if (offer.answer) return offer.answer;
  return now.getTime() < offer.expiresAt.getTime() ? "pending" : "expired";
}

/** States in which a prize may pass to the next reserve. */
const PASSABLE: readonly OfferState[] = ["declined", "expired"];

export type AnswerOutcome = { kind: "accepted" | "declined" | "alreadyAccepted" | "alreadyDeclined" | "expired" | "withdrawn" | "unknown" };

/**
 * The POST of the mailed link's page: records the answer in one statement that only an unanswered,
 * unexpired, not withdrawn offer passes, so of any number of concurrent answers exactly one counts.
 * An acceptance changes who the winners page names, so it expires the cached public pages.
 */
export async function answerPrizeOffer(
  db: PrismaClient,
  pages: Queryable,
  { token, answer }: { token: string; answer: PrizeAnswer },
  now = new Date(),
): Promise<AnswerOutcome> {
  const hash = offerTokenHash(token);
  const at = now.toISOString();
  const answered = await db.$transaction(async (tx) => {
    const [offer] = await tx.$queryRaw<{ id: number; prizeId: number; reference: string }[]>`
      UPDATE "PrizeOffer" o SET "answer" = ${answer}::"PrizeAnswer", "answeredAt" = ${at}::timestamp
      FROM "Entry" e
      WHERE o."tokenHash" = ${hash} AND o."answer" IS NULL AND o."withdrawnAt" IS NULL AND o."expiresAt" > ${at}::timestamp
        AND e."id" = o."entryId"
      RETURNING o."id", o."prizeId", e."reference"`;
    if (!offer) return false;
    await recordAudit(tx, {
      actorId: null,
      action: answer === "accepted" ? "prize.accept" : "prize.decline",
      entityType: "prize",
      entityId: String(offer.prizeId),
      after: { offerId: offer.id, reference: offer.reference, answer },
    });
    return true;
  });
  if (answered) {
    if (answer === "accepted") await invalidatePublicPages(pages);
    return { kind: answer };
  }
  const offer = await db.prizeOffer.findUnique({ where: { tokenHash: hash }, select: { answer: true, expiresAt: true, withdrawnAt: true } });
  if (!offer) return { kind: "unknown" };
  const state = offerState(offer, now);
  if (state === "accepted") return { kind: "alreadyAccepted" };
  if (state === "declined") return { kind: "alreadyDeclined" };
  return { kind: state === "withdrawn" ? "withdrawn" : "expired" };
}

/**
 * The reserves of a draw not yet offered any of its prizes, in draw order, split at the first one
 * still eligible (shortlisted or featured, confirmed, not erased): those before it are skipped.
 */
async function nextReserve(tx: Prisma.TransactionClient | PrismaClient, draw: PrizeDraw) {
  const { reserves } = drawResult(draw.order, draw.skipped, draw.prizeCount);
  const offered = await tx.prizeOffer.findMany({ where: { prize: { drawId: draw.id } }, select: { entry: { select: { reference: true } } } });
  const offeredReferences = new Set(offered.map((o) => o.entry.reference));
  const waiting = reserves.filter((reference) => !offeredReferences.has(reference));
  const eligible = await tx.entry.findMany({
    where: { reference: { in: waiting }, status: { in: [...WINNABLE] }, confirmedAt: { not: null }, erasedAt: null },
    select: { id: true, reference: true, language: true },
  });
  const position = waiting.findIndex((reference) => eligible.some((e) => e.reference === reference));
  if (position < 0) return null;
  return { entry: eligible.find((e) => e.reference === waiting[position])!, skipped: waiting.slice(0, position) };
}

const withOffers = {
  draw: true,
  offers: { orderBy: { id: "asc" }, include: { entry: { select: { reference: true } } } },
} satisfies Prisma.PrizeInclude;

type PrizeWithOffers = Prisma.PrizeGetPayload<{ include: typeof withOffers }>;

/** Why a prize cannot pass to a reserve now, or null. */
function passRefusal(prize: PrizeWithOffers, now: Date): Refusal | null {
  const current = prize.offers.at(-1);
  const state = current ? offerState(current, now) : "withdrawn";
  if (state === "withdrawn") return new ReviewError("notFound");
  if (!PASSABLE.includes(state)) return new Refusal(state === "accepted" ? "prizeAccepted" : "prizeStillPending");
  if (!prize.draw) return new Refusal("juryPrizeHasNoReserves");
  return null;
}

/** What the confirmation page shows before an admin passes a prize on: the prize, its state and who is next. */
export async function prizePassPreview(db: PrismaClient, prizeId: number, now = new Date()) {
  const [prize, settings] = await Promise.all([
    db.prize.findUnique({ where: { id: prizeId }, include: withOffers }),
    db.campaignSettings.findUnique({ where: { id: 1 }, select: { acceptanceDeadline: true } }),
  ]);
  const current = prize?.offers.at(-1);
  if (!prize || !current) return null;
  const refusal = passRefusal(prize, now);
  const next = refusal ? null : await nextReserve(db, prize.draw!);
  return {
    prize: { id: prize.id, drawId: prize.drawId },
    current: { reference: current.entry.reference, state: offerState(current, now) },
    refusal: refusal?.key ?? (next ? null : "noReserveLeft"),
    next,
    acceptanceDeadline: settings?.acceptanceDeadline ?? null,
  };
}

/**
 * One admin action: a declined or expired prize from a draw goes to the next reserve in the draw's
 * order, who becomes the winner and is mailed an offer; the entrant who let it go returns to the
 * shortlist (or featured). Refused whole while the prize is pending or accepted, for a jury prize
 * and when no reserve is left. Under the prize lock, so two admins pressing at once make one offer.
 */
export async function offerToNextReserve(db: PrismaClient, actor: Actor, prizeId: number, now = new Date()): Promise<AuditReceipt[]> {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    await lockPrizes(tx);
    const prize = await tx.prize.findUnique({ where: { id: prizeId }, include: withOffers });
    if (!prize) throw new ReviewError("notFound");
    const refused = passRefusal(prize, now);
    if (refused) throw refused;
    const reserve = await nextReserve(tx, prize.draw!);
    if (!reserve) throw new Refusal("noReserveLeft");
    const current = prize.offers.at(-1)!;
    const previous = await lockEntry(tx, current.entryId);
    const audit: AuditReceipt[] = [];
    if (previous.status === "winner") {
      const to = await leaveWin(tx, previous.id);
      audit.push(await recordAudit(tx, { actorId: actor.id, action: "entry.winner_revoked", entityType: "entry", entityId: previous.id, before: { status: "winner" }, after: { status: to, prizeId } }));
    }
    audit.push(
      await makeWinner(tx, actor, reserve.entry.id, { drawId: prize.draw!.id, prizeId }),
      await offerPrize(tx, actor, { entryId: reserve.entry.id, prize: { id: prizeId }, now }),
      await recordAudit(tx, {
        actorId: actor.id,
        action: "prize.pass_on",
        entityType: "prize",
        entityId: String(prizeId),
        before: { offerId: current.id, state: offerState(current, now) },
        after: { reference: reserve.entry.reference, skipped: reserve.skipped },
      }),
    );
    return audit;
  });
}

/** The console's prizes: each one's current offer and state, with the offers before it. */
export async function prizeBoard(db: PrismaClient, now = new Date()) {
  const prizes = await db.prize.findMany({
    orderBy: { id: "asc" },
    include: {
      offers: {
        orderBy: { id: "asc" },
        include: { entry: { select: { id: true, reference: true, penName: true, title: true, windowNumber: true, language: true, erasedAt: true } } },
      },
    },
  });
  return prizes.flatMap((prize) => {
    const offers = prize.offers.map((offer) => ({ ...offer, state: offerState(offer, now) }));
    const current = offers.at(-1);
    if (!current || current.state === "withdrawn") return [];
    return [{ id: prize.id, drawId: prize.drawId, current, earlier: offers.slice(0, -1), passable: PASSABLE.includes(current.state) }];
  });
}

export type PrizeRow = Awaited<ReturnType<typeof prizeBoard>>[number];

export type PrizeAnswerState = { status: "idle" } | { status: "done"; outcome: AnswerOutcome } | { status: "unavailable" };

/** The Accept / Decline buttons' POST: a malformed form is an unknown link, a failing store says so. */
export async function handlePrizeAnswer(form: FormData, context: { db: PrismaClient; pages: Queryable; now: Date }): Promise<PrizeAnswerState> {
  const parsed = prizeAnswerSchema.safeParse({ token: form.get("token"), answer: form.get("answer") });
  if (!parsed.success) return { status: "done", outcome: { kind: "unknown" } };
  try {
    return { status: "done", outcome: await answerPrizeOffer(context.db, context.pages, parsed.data, context.now) };
  } catch (error) {
    console.error("[winners] could not record a prize answer:", error instanceof Error ? error.message : error);
    return { status: "unavailable" };
  }
}

export type PrizePassPreview = NonNullable<Awaited<ReturnType<typeof prizePassPreview>>>;
