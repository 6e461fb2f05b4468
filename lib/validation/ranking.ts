import { z } from "zod";

/** The ranked average's prior (lib/review/ranking.ts): a mean on the 1–5 rubric and its weight in reviews. */
export const rankingPriorSchema = z.object({
  mean: z.coerce.number().min(1).max(5),
  weight: z.coerce.number().int().min(0).max(20),
});

export type RankingPriorInput = z.infer<typeof rankingPriorSchema>;
