import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/log";
import { assertAdmin, ReviewError } from "@/lib/review/errors";
import { lockPrizes, makeWinner } from "./winners";

/**
 * A fair, reproducible draw. Before drawing, the console shows the SHA-256 of the eligible list
 * (entry references, sorted, one per line) and the seed. The draw is a Fisher–Yates shuffle of
 * that list driven by SHA-256(seed ":" counter); the first `count` entries of the shuffled list
 * win. Anyone with the list and the seed can recompute the result.
 */
export function eligibleListHash(references: readonly string[]): string {
  return createHash("sha256").update(canonicalList(references)).digest("hex");
}

export function canonicalList(references: readonly string[]): string {
  return [...references].sort().join("\n");
}

/** Uniform integers below `bound` from the seed: 4-byte words, rejecting the biased top range. */
function seededBelow(seed: string): (bound: number) => number {
  let counter = 0;
  let pool = Buffer.alloc(0);
  const word = () => {
    if (pool.length < 4) pool = createHash("sha256").update(`${seed}:${counter++}`).digest();
    const value = pool.readUInt32BE(0);
    pool = pool.subarray(4);
    return value;
  };
  return (bound) => {
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const value = word();
      if (value < limit) return value % bound;
    }
  };
}

export function drawWinners(references: readonly string[], seed: string, count: number): string[] {
  const list = [...references].sort();
  const below = seededBelow(seed);
  for (let i = list.length - 1; i > 0; i--) {
    const j = below(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list.slice(0, count);
}

async function eligibleReferences(db: Pick<PrismaClient, "entry">, windowNumber: number | null): Promise<string[]> {
  const rows = await db.entry.findMany({
    where: { status: { in: ["shortlisted", "featured"] }, erasedAt: null, ...(windowNumber ? { windowNumber } : {}) },
    select: { reference: true },
  });
  return rows.map((r) => r.reference).sort();
}

/** Step 1: fixes the eligible list and the seed and shows them (and logs them) before drawing. */
export async function prepareDraw(db: PrismaClient, actor: Actor, { windowNumber = null }: { windowNumber?: number | null } = {}) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { left } = await lockPrizes(tx);
    const eligible = await eligibleReferences(tx, windowNumber);
    if (left <= 0) throw new ReviewError("prizesExhausted");
    if (eligible.length === 0) throw new ReviewError("nothingToDraw");
    const draw = await tx.prizeDraw.create({
      data: {
        windowNumber,
        eligible,
        listHash: eligibleListHash(eligible),
        seed: randomBytes(32).toString("hex"),
        prizeCount: Math.min(left, eligible.length),
      },
    });
    const audit = await recordAudit(tx, {
      actorId: actor.id,
      action: "draw.prepare",
      entityType: "draw",
      entityId: String(draw.id),
      after: { windowNumber, listHash: draw.listHash, seed: draw.seed, eligibleCount: eligible.length, prizeCount: draw.prizeCount },
    });
    return { draw, audit };
  });
}

/**
 * Step 2: draws from the published list and seed and marks the winners. Refused if the eligible
 * list is no longer the one whose hash was shown (then a new draw must be prepared).
 */
export async function runDraw(db: PrismaClient, actor: Actor, drawId: number, now = new Date()) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { left } = await lockPrizes(tx);
    const [draw] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "PrizeDraw" WHERE "id" = ${drawId} FOR UPDATE`;
    if (!draw) throw new ReviewError("notFound");
    const prepared = await tx.prizeDraw.findUniqueOrThrow({ where: { id: drawId } });
    if (prepared.drawnAt) throw new ReviewError("drawAlreadyRun");
    const eligible = await eligibleReferences(tx, prepared.windowNumber);
    if (eligibleListHash(eligible) !== prepared.listHash) throw new ReviewError("drawListChanged");
    if (left < prepared.prizeCount) throw new ReviewError("prizesExhausted");

    const winners = drawWinners(prepared.eligible, prepared.seed, prepared.prizeCount);
    const entries = await tx.entry.findMany({ where: { reference: { in: winners } }, select: { id: true, reference: true } });
    const audit = [];
    for (const reference of winners) audit.push(await makeWinner(tx, actor, entries.find((e) => e.reference === reference)!.id, { drawId }));
    await tx.prizeDraw.update({ where: { id: drawId }, data: { drawnAt: now, winners } });
    audit.push(await recordAudit(tx, {
      actorId: actor.id,
      action: "draw.run",
      entityType: "draw",
      entityId: String(drawId),
      after: { listHash: prepared.listHash, seed: prepared.seed, winners },
    }));
    return { winners, audit };
  });
}

export function listDraws(db: PrismaClient) {
  return db.prizeDraw.findMany({ orderBy: { id: "desc" }, take: 20 });
}
