import { useTranslations } from "next-intl";
import { assignByFilterAction } from "@/lib/admin/actions/assignments";
import { filterQuery, type EntryFilter } from "@/lib/review/filters";
import { ActionForm } from "./action-form";
import { SubmitButton } from "./submit-button";

/**
 * Assigns the entries a filter matches (a whole window, or the list's current filter) evenly at
 * random among the chosen reviewers, so each entry gets the set number of reviews.
 */
export function AssignForm({ filter, reviewers, perEntry, matching }: { filter: Partial<EntryFilter>; reviewers: { id: string; displayName: string }[]; perEntry: number; matching: number }) {
  const t = useTranslations("Admin.assign");
  const hidden = [...new URLSearchParams(filterQuery(filter).slice(1))];
  return (
    <ActionForm action={assignByFilterAction} className="space-y-2" label={t("title")}>
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className="text-sm">{t("lead", { matching, perEntry })}</p>
      {reviewers.length === 0 ? (
        <p className="text-sm">{t("noReviewers")}</p>
      ) : (
        <fieldset>
          <legend className="text-sm font-semibold">{t("reviewers")}</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {reviewers.map((r) => (
              <label key={r.id} className="flex items-center gap-1 text-sm">
                <input type="checkbox" name="reviewer" value={r.id} defaultChecked className="accent-ink" />
                <bdi>{r.displayName}</bdi>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <SubmitButton>{t("submit")}</SubmitButton>
    </ActionForm>
  );
}
