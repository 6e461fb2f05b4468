import { useFormatter, useTranslations } from "next-intl";
import { CRITERIA } from "@/lib/review/rubric";
import type { ScoreView } from "@/lib/review/scores";
import { ScoreForm } from "./score-form";

const cell = "border-b border-line px-2 py-1 text-right tabular-nums";

export function ScoresPanel({ entryId, view, canScore }: { entryId: string; view: ScoreView; canScore: boolean }) {
  const t = useTranslations("Admin.entry.scores");
  const format = useFormatter();
  const number = (n: number) => format.number(n, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  return (
    <section aria-labelledby="scores-title" className="rounded border border-line p-3">
      <h2 id="scores-title" className="font-bold">
        {t("title")}
      </h2>
      {view.visible ? (
        <>
          <p className="mt-2" data-testid="score-summary">
            {t("summary", { average: number(view.visible.summary.average), spread: number(view.visible.summary.spread), count: view.visible.summary.count })}
          </p>
          <table className="mt-2 w-full border-collapse text-sm">
            <caption className="sr-only">{t("tableCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="border-b border-line px-2 py-1 text-left">{t("reviewer")}</th>
                {CRITERIA.map((c) => (
                  <th key={c} scope="col" className={cell}>{t(`criteria.${c}`)}</th>
                ))}
                <th scope="col" className={cell}>{t("average")}</th>
              </tr>
            </thead>
            <tbody>
              {view.visible.scores.map((s) => (
                <tr key={s.reviewer + s.average}>
                  <th scope="row" className="border-b border-line px-2 py-1 text-left font-normal">
                    {s.mine ? t("you", { name: s.reviewer }) : s.reviewer}
                  </th>
                  {CRITERIA.map((c) => (
                    <td key={c} className={cell}>{s[c]}</td>
                  ))}
                  <td className={cell}>{number(s.average)}</td>
                </tr>
              ))}
              <tr className="font-semibold">
                <th scope="row" className="px-2 py-1 text-left">{t("mean")}</th>
                {CRITERIA.map((c) => (
                  <td key={c} className={cell}>{number(view.visible!.summary.perCriterion[c])}</td>
                ))}
                <td className={cell}>{number(view.visible.summary.average)}</td>
              </tr>
            </tbody>
          </table>
        </>
      ) : (
        <p className="mt-2 text-sm" data-testid="score-summary">
          {view.count === null ? t("hidden") : t("none")}
        </p>
      )}
      {canScore && (
        <div className="mt-4 border-t border-line pt-3">
          <h3 className="text-sm font-bold">{t("yours")}</h3>
          <div className="mt-2">
            <ScoreForm entryId={entryId} mine={view.mine} />
          </div>
        </div>
      )}
    </section>
  );
}
