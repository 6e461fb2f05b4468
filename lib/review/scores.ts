import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { markAssignmentScored } from "./assignments";
import { ReviewError } from "./errors";
import { lockRankingPriorShared, rankedAverage } from "./ranking";
import { CRITERIA, rubricAverage, summarizeScores, type Rubric } from "./rubric";

/**
 * Saves (or replaces) the actor's score for an entry and refreshes the entry's averages and spread in the same
 * transaction. The entry row is locked first, so two reviewers scoring at once cannot leave a
 * stale average behind. An entry still "received" moves to "in review" with its first score.
 */
export async function saveScore(db: PrismaClient, actor: Actor, entryId: string, score: Rubric): Promise<AuditReceipt> {
  return db.$transaction(async (tx) => {
    // The prior before the entry: the order updateRankingPrior locks them in, so neither waits for the other forever.
    const prior = await lockRankingPriorShared(tx);
    const [entry] = await tx.$queryRaw<{ status: string; erasedAt: Date | null }[]>`
      SELECT "status", "erasedAt" FROM "Entry" WHERE "id" = CAST(${entryId} AS uuid) AND "confirmedAt" IS NOT NULL FOR UPDATE`;
    if (!entry) throw new ReviewError("notFound");
    if (entry.erasedAt) throw new ReviewError("erased");

    const previous = await tx.score.findUnique({ where: { entryId_reviewerId: { entryId, reviewerId: actor.id } } });
    await tx.score.upsert({
      where: { entryId_reviewerId: { entryId, reviewerId: actor.id } },
      create: { entryId, reviewerId: actor.id, ...score },
      update: score,
    });
    const all = await tx.score.findMany({ where: { entryId }, select: { connection: true, originality: true, storytelling: true } });
    const summary = summarizeScores(all)!;
    await tx.entry.update({
      where: { id: entryId },
      data: {
        scoreAverage: summary.average,
        scoreCount: summary.count,
        scoreSpread: summary.spread,
        scoreRanked: rankedAverage(prior, summary.average, summary.count),
      },
    });
    await markAssignmentScored(tx, entryId, actor.id, new Date());
    const receipt = await recordAudit(tx, {
      actorId: actor.id,
      action: "entry.score",
      entityType: "entry",
      entityId: entryId,
      before: previous ? pick(previous) : null,
      after: pick(score),
    });
    if (entry.status === "received") {
      await tx.entry.update({ where: { id: entryId }, data: { status: "in_review" } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "entry.status",
        entityType: "entry",
        entityId: entryId,
        before: { status: "received" },
        after: { status: "in_review", reason: "firstScore" },
      });
    }
    return receipt;
  });
}

function pick(score: Rubric): Rubric {
  return Object.fromEntries(CRITERIA.map((c) => [c, score[c]])) as Rubric;
}

export type ScoreView = {
  mine: Rubric | null;
  /** How many staff have scored the entry; null while hidden from this viewer (like the scores). */
  count: number | null;
  /** The others' scores and the summary, or null while they are hidden from this viewer. */
  visible: {
    summary: NonNullable<ReturnType<typeof summarizeScores>>;
    scores: (Rubric & { reviewer: string; average: number; mine: boolean })[];
  } | null;
};

/**
 * Blind scoring: a reviewer sees the others' scores, how many there are and how far apart they
 * are only after giving their own. Admins, who decide the shortlist, always see them.
 */
export async function scoresFor(db: PrismaClient, viewer: Actor, entryId: string): Promise<ScoreView> {
  const scores = await db.score.findMany({
    where: { entryId },
    orderBy: { createdAt: "asc" },
    select: { reviewerId: true, connection: true, originality: true, storytelling: true, reviewer: { select: { displayName: true } } },
  });
  const own = scores.find((s) => s.reviewerId === viewer.id);
  const mine = own ? pick(own) : null;
  if (viewer.role !== "admin" && !own) return { mine, count: null, visible: null };
  if (scores.length === 0) return { mine, count: 0, visible: null };
  return {
    mine,
    count: scores.length,
    visible: {
      summary: summarizeScores(scores)!,
      scores: scores.map((s) => ({ ...pick(s), reviewer: s.reviewer.displayName, average: rubricAverage(s), mine: s.reviewerId === viewer.id })),
    },
  };
}
