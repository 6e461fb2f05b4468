import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit, type AuditReceipt } from "@/lib/audit/log";
import { DEFAULT_SCHEDULE } from "@/lib/campaign/defaults";
import type { RankingPriorInput } from "@/lib/validation/ranking";
import { assertAdmin } from "./errors";

/**
 * The ranked average: a Bayesian average that counts every entry as if it also had `weight`
 * reviews averaging `mean`, so one enthusiastic review does not outrank three good ones. It is
 * stored on the entry (Entry.scoreRanked, indexed like scoreAverage) and kept in step with its
 * scores and with this prior.
 */
export type RankingPrior = { mean: number; weight: number };

/** As the columns' defaults in schema.prisma: the middle of the 1–5 rubric, worth two reviews. */
export const DEFAULT_RANKING_PRIOR: RankingPrior = { mean: 3, weight: 2 };

/** 0 before the first score, like scoreAverage, so unscored entries rank last. */
export function rankedAverage(prior: RankingPrior, average: number, count: number): number {
  return count === 0 ? 0 : (prior.weight * prior.mean + average * count) / (prior.weight + count);
}

/**
 * The prior, read under a share lock: a score saved meanwhile waits for a change of the prior to
 * commit (or the change waits for it), so no entry keeps a ranked average of the old prior.
 */
export async function lockRankingPriorShared(tx: Prisma.TransactionClient): Promise<RankingPrior> {
  const [row] = await tx.$queryRaw<{ mean: number; weight: number }[]>`
    SELECT "rankingPriorMean" AS "mean", "rankingPriorWeight" AS "weight" FROM "CampaignSettings" WHERE "id" = 1 FOR SHARE`;
  return row ?? DEFAULT_RANKING_PRIOR;
}

export async function readRankingPrior(db: PrismaClient): Promise<RankingPrior> {
  const settings = await db.campaignSettings.findUnique({ where: { id: 1 }, select: { rankingPriorMean: true, rankingPriorWeight: true } });
  return settings ? { mean: settings.rankingPriorMean, weight: settings.rankingPriorWeight } : DEFAULT_RANKING_PRIOR;
}

/** Changes the prior and recomputes every scored entry's ranked average in the same transaction. */
export async function updateRankingPrior(db: PrismaClient, actor: Actor, prior: RankingPriorInput): Promise<AuditReceipt> {
  assertAdmin(actor);
  return db.$transaction(
    async (tx) => {
      await tx.campaignSettings.upsert({ where: { id: 1 }, create: { id: 1, announcementAt: DEFAULT_SCHEDULE.announcementAt }, update: {} });
      const [before] = await tx.$queryRaw<RankingPrior[]>`
        SELECT "rankingPriorMean" AS "mean", "rankingPriorWeight" AS "weight" FROM "CampaignSettings" WHERE "id" = 1 FOR UPDATE`;
      await tx.campaignSettings.update({ where: { id: 1 }, data: { rankingPriorMean: prior.mean, rankingPriorWeight: prior.weight } });
      await tx.$executeRaw`
        UPDATE "Entry" SET "scoreRanked" = (${prior.weight}::int * ${prior.mean}::float8 + "scoreAverage" * "scoreCount") / (${prior.weight}::int + "scoreCount")
        WHERE "scoreCount" > 0`;
      return recordAudit(tx, { actorId: actor.id, action: "settings.update", entityType: "settings", entityId: "ranking", before, after: prior });
    },
    // Rewrites one column of every scored entry: allow more than the default 5 s at 100,000 entries.
    { timeout: 60_000 },
  );
}
