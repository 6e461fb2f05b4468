import { useTranslations } from "next-intl";
import { saveRankingAction } from "@/lib/admin/actions/ranking";
import type { RankingPrior } from "@/lib/review/ranking";
import { ActionForm } from "./action-form";
import { SubmitButton } from "./submit-button";

const input = "mt-1 block w-28 rounded border border-line px-2 py-1";

/** The prior of the list's ranked average (lib/review/ranking.ts). */
export function RankingForm({ prior }: { prior: RankingPrior }) {
  const t = useTranslations("Admin.settings.ranking");
  return (
    <section aria-labelledby="ranking-title" className="rounded border border-line p-3">
      <h2 id="ranking-title" className="font-bold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-prose text-sm">{t("lead")}</p>
      <ActionForm action={saveRankingAction} label={t("title")} className="mt-2 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="ranking-mean" className="text-sm font-semibold">
            {t("mean")}
          </label>
          <input id="ranking-mean" name="mean" type="number" required min={1} max={5} step={0.1} defaultValue={prior.mean} className={input} />
        </div>
        <div>
          <label htmlFor="ranking-weight" className="text-sm font-semibold">
            {t("weight")}
          </label>
          <input id="ranking-weight" name="weight" type="number" required min={0} max={20} step={1} defaultValue={prior.weight} className={input} />
        </div>
        <SubmitButton>{t("save")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
