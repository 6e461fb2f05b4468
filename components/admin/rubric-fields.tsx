import { useTranslations } from "next-intl";
import { CRITERIA, type Rubric } from "@/lib/review/rubric";

/** Three criteria, 1–5 each, as radio groups (arrow keys move within a group). */
export function RubricFields({ mine }: { mine: Rubric | null }) {
  const t = useTranslations("Admin.entry.scores");
  return (
    <>
      {CRITERIA.map((criterion) => (
        <fieldset key={criterion} data-criterion={criterion}>
          <legend className="text-sm font-semibold">
            {t(`criteria.${criterion}`)} <span className="font-normal text-ink-soft">{t(`hints.${criterion}`)}</span>
          </legend>
          <div className="mt-1 flex gap-1">
            {[1, 2, 3, 4, 5].map((point) => (
              <label key={point} className="flex cursor-pointer items-center gap-1 rounded border border-line px-2 py-0.5 has-checked:border-ink has-checked:bg-ink has-checked:text-white">
                <input type="radio" name={criterion} value={point} required defaultChecked={mine?.[criterion] === point} className="accent-ink" />
                {point}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <p className="text-xs text-ink-soft">{t("scale")}</p>
    </>
  );
}
