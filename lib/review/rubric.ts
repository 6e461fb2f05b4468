/** The scoring rubric: each criterion from 1 (weak) to 5 (outstanding). */
export const CRITERIA = ["connection", "originality", "storytelling"] as const;
export type Criterion = (typeof CRITERIA)[number];
export type Rubric = Record<Criterion, number>;


export function rubricAverage(score: Rubric): number {
  return (score.connection + score.originality + score.storytelling) / CRITERIA.length;
}

export type ScoreSummary = {
  count: number;
  /** Mean of the reviewers' rubric averages. */
  average: number;
  /** Highest minus lowest reviewer average: how much the reviewers disagree. */
  spread: number;
  perCriterion: Rubric;
};

export function summarizeScores(scores: readonly Rubric[]): ScoreSummary | null {
  if (scores.length === 0) return null;
  const averages = scores.map(rubricAverage);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  return {
    count: scores.length,
    average: mean(averages),
    spread: Math.max(...averages) - Math.min(...averages),
    perCriterion: Object.fromEntries(CRITERIA.map((c) => [c, mean(scores.map((s) => s[c]))])) as Rubric,
  };
}
