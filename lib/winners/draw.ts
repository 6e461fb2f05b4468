import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient, PrizeDraw } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/log";
import { assertAdmin, ReviewError } from "@/lib/review/errors";
import { WINNABLE } from "@/lib/review/status";
import { offerPrize } from "./offer-prize";
import { lockPrizes, makeWinner } from "./winners";

/**
 * A draw nobody can choose (decision 18), commit then reveal. The method, as published in both
 * languages on the winners page (Winners.draw.method), so that anyone can recompute it:
 * - the list: eligible references sorted by code point, joined with "\n"; listHash = SHA-256 of it;
 * - the commitment: seedHash = SHA-256 of the seed (64 hex characters, as text);
 * - the key: SHA-256 hex of seed + ":" + public value (UTF-8);
 * - the numbers: SHA-256(key + ":" + n) for n = 0, 1, 2…, each digest read as eight 32-bit
 *   unsigned big-endian words; a number below b takes the next word w, discards it while
 *   w ≥ 2^32 − (2^32 mod b), and is w mod b;
 * - the order: Fisher–Yates from the last index down to 1, swapping i with a number below i + 1.
 * Going down the order, entries withdrawn or erased since the commitment are skipped; the first
 * prizeCount of the rest win and the others are reserves, in order.
 */
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

export function canonicalList(references: readonly string[]): string {
  return [...references].sort().join("\n");
}

export function eligibleListHash(references: readonly string[]): string {
  return sha256(canonicalList(references));
}

export const seedHash = sha256;

function numbersBelow(key: string): (bound: number) => number {
  let block = 0;
  let pool = Buffer.alloc(0);
  const word = () => {
    if (pool.length === 0) pool = createHash("sha256").update(`${key}:${block++}`, "utf8").digest();
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

/** Every reference of the list in draw order. */
export function drawOrder(references: readonly string[], seed: string, publicValue: string): string[] {
  const list = [...references].sort();
  const below = numbersBelow(sha256(`${seed}:${publicValue}`));
  for (let i = list.length - 1; i > 0; i--) {
    const j = below(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** Splits the order into winners and reserves, skipping the references no longer eligible. */
export function drawResult(order: readonly string[], skipped: readonly string[], prizeCount: number) {
  const remaining = order.filter((reference) => !skipped.includes(reference));
  return { winners: remaining.slice(0, prizeCount), reserves: remaining.slice(prizeCount) };
}

/** The public value as stored and published: trimmed, inner whitespace collapsed, NFC. */
export function normalizePublicValue(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ");
}

async function eligibleReferences(db: Pick<PrismaClient, "entry">, windowNumber: number | null): Promise<string[]> {
  const rows = await db.entry.findMany({
    where: { status: { in: [...WINNABLE] }, confirmedAt: { not: null }, erasedAt: null, ...(windowNumber ? { windowNumber } : {}) },
    select: { reference: true },
  });
  return rows.map((r) => r.reference).sort();
}

async function lockDraw(tx: Prisma.TransactionClient, drawId: number): Promise<PrizeDraw> {
  const [row] = await tx.$queryRaw<{ id: number }[]>`SELECT "id" FROM "PrizeDraw" WHERE "id" = ${drawId} FOR UPDATE`;
  if (!row) throw new ReviewError("notFound");
  const draw = await tx.prizeDraw.findUniqueOrThrow({ where: { id: drawId } });
  if (draw.drawnAt) throw new ReviewError("drawAlreadyRun");
  if (draw.cancelledAt) throw new ReviewError("drawCancelled");
  return draw;
}

/**
 * Step 1, the commitment: fixes the eligible list, a secret seed and the named public value to
 * come, and publishes all but the seed. One open draw per window (or for all windows) at a time;
 * the prize lock serializes this check.
 */
export async function prepareDraw(
  db: PrismaClient,
  actor: Actor,
  { windowNumber = null, publicSource }: { windowNumber?: number | null; publicSource: string },
) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { left } = await lockPrizes(tx);
    const open = await tx.prizeDraw.findFirst({ where: { windowNumber, drawnAt: null, cancelledAt: null }, select: { id: true } });
    if (open) throw new ReviewError("drawAlreadyOpen");
    const eligible = await eligibleReferences(tx, windowNumber);
    if (left <= 0) throw new ReviewError("prizesExhausted");
    if (eligible.length === 0) throw new ReviewError("nothingToDraw");
    const seed = randomBytes(32).toString("hex");
    const draw = await tx.prizeDraw.create({
      data: {
        windowNumber,
        eligible,
        listHash: eligibleListHash(eligible),
        seed,
        seedHash: seedHash(seed),
        publicSource,
        prizeCount: Math.min(left, eligible.length),
      },
    });
    const audit = await recordAudit(tx, {
      actorId: actor.id,
      action: "draw.prepare",
      entityType: "draw",
      entityId: String(draw.id),
      after: { windowNumber, listHash: draw.listHash, seedHash: draw.seedHash, publicSource, eligible, prizeCount: draw.prizeCount },
    });
    return { draw, audit };
  });
}

/**
 * Step 2: mixes in the public value and draws from the committed list. Entries withdrawn or
 * erased since the commitment are skipped in draw order; the full order is logged. Each winner is
 * offered a prize by mail (decision 32); the reserves are mailed only when one is passed on.
 */
export async function runDraw(db: PrismaClient, actor: Actor, drawId: number, publicValue: string, now = new Date()) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const { left } = await lockPrizes(tx);
    const draw = await lockDraw(tx, drawId);
    if (left < draw.prizeCount) throw new ReviewError("prizesExhausted");
    const value = normalizePublicValue(publicValue);
    const order = drawOrder(draw.eligible, draw.seed, value);
    const stillEligible = new Set(await eligibleReferences(tx, draw.windowNumber));
    const skipped = order.filter((reference) => !stillEligible.has(reference));
    const { winners, reserves } = drawResult(order, skipped, draw.prizeCount);
    const entries = await tx.entry.findMany({ where: { reference: { in: winners } }, select: { id: true, reference: true } });
    const audit = [];
    for (const reference of winners) {
      const entryId = entries.find((e) => e.reference === reference)!.id;
      audit.push(await makeWinner(tx, actor, entryId, { drawId }), await offerPrize(tx, actor, { entryId, prize: { drawId }, now }));
    }
    await tx.prizeDraw.update({ where: { id: drawId }, data: { drawnAt: now, publicValue: value, order, skipped, winners } });
    audit.push(await recordAudit(tx, {
      actorId: actor.id,
      action: "draw.run",
      entityType: "draw",
      entityId: String(drawId),
      after: { listHash: draw.listHash, seed: draw.seed, publicValue: value, order, skipped, winners, reserves },
    }));
    return { order, winners, reserves, audit };
  });
}

/** Ends an open draw without running it; the draw stays on the public page as cancelled. */
export async function cancelDraw(db: PrismaClient, actor: Actor, drawId: number, now = new Date()) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    await lockPrizes(tx);
    const draw = await lockDraw(tx, drawId);
    await tx.prizeDraw.update({ where: { id: drawId }, data: { cancelledAt: now } });
    return recordAudit(tx, {
      actorId: actor.id,
      action: "draw.cancel",
      entityType: "draw",
      entityId: String(drawId),
      before: { listHash: draw.listHash, seedHash: draw.seedHash },
      after: { cancelledAt: now.toISOString() },
    });
  });
}

export function listDraws(db: PrismaClient) {
  return db.prizeDraw.findMany({ orderBy: { id: "desc" }, take: 20 });
}
