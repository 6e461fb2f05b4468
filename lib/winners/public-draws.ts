import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { readSchedule } from "@/lib/campaign/schedule";
import { winnersVisible } from "./visibility";
import { ACCEPTED_OFFER } from "./winners";

export type DrawOutcome = "winner" | "reserve" | "skipped";

export type PublicDraw = {
  id: number;
  windowNumber: number | null;
  createdAt: Date;
  eligible: string[];
  listHash: string;
  seedHash: string;
  publicSource: string;
  prizeCount: number;
  cancelledAt: Date | null;
  drawnAt: Date | null;
  /** Only from the announcement time on, once the draw has been run. */
  revealed: {
    seed: string;
    publicValue: string;
    order: { reference: string; outcome: DrawOutcome; penName: string | null }[];
  } | null;
};

/**
 * What the winners page publishes about the draws (decision 18): the commitment from the moment a
 * draw is prepared, the seed, the public value and the order only from the announcement time on.
 * Pen names are given only for those who accepted a prize (decision 32), never for an erased entry.
 */
export async function publicDraws(db: PrismaClient, now = new Date()): Promise<PublicDraw[]> {
  const [{ announcementAt }, draws] = await Promise.all([readSchedule(db), db.prizeDraw.findMany({ orderBy: { id: "asc" } })]);
  const announced = winnersVisible(announcementAt, now);
  const named =
    announced && draws.some((d) => d.drawnAt)
      ? await db.entry.findMany({
          where: { status: "winner", erasedAt: null, prizeOffers: { some: { ...ACCEPTED_OFFER, prize: { drawId: { not: null } } } } },
          select: { reference: true, penName: true },
        })
      : [];
  const penNames = new Map(named.map((e) => [e.reference, e.penName]));
  return draws.map((draw) => {
    const outcome = (reference: string): DrawOutcome =>
      draw.skipped.includes(reference) ? "skipped" : draw.winners.includes(reference) ? "winner" : "reserve";
    return {
      id: draw.id,
      windowNumber: draw.windowNumber,
      createdAt: draw.createdAt,
      eligible: draw.eligible,
      listHash: draw.listHash,
      seedHash: draw.seedHash,
      publicSource: draw.publicSource,
      prizeCount: draw.prizeCount,
      cancelledAt: draw.cancelledAt,
      drawnAt: draw.drawnAt,
      revealed:
        announced && draw.drawnAt && draw.publicValue !== null
          ? {
              seed: draw.seed,
              publicValue: draw.publicValue,
              order: draw.order.map((reference) => {
                const result = outcome(reference);
                return { reference, outcome: result, penName: penNames.get(reference) ?? null };
              }),
            }
          : null,
    };
  });
}
