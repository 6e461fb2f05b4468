/** A prize offered to an entry, written straight to the tables (the console's pages need one to show). */
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";

const DAY = 24 * 60 * 60 * 1000;

export async function createOfferedPrize(db: PrismaClient, entryId: string, { expiresAt = new Date(Date.now() + DAY) } = {}) {
  const prize = await db.prize.create({ data: {} });
  await db.prizeOffer.create({ data: { prizeId: prize.id, entryId, tokenHash: randomBytes(32).toString("hex"), expiresAt } });
  return prize;
}
