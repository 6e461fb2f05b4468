import { useTranslations } from "next-intl";
import { addReviewerAction, reassignAction } from "@/lib/admin/actions/assignments";
import { ActionForm } from "./action-form";
import { SubmitButton } from "./submit-button";

type Assignee = { reviewerId: string; scoredAt: Date | null; reviewer: { displayName: string } };
type Reviewer = { id: string; displayName: string };

/** Who reviews this entry (admins): reassign an unscored place to someone else, or add a reviewer by hand. */
export function AssignmentsPanel({ entryId, assignees, reviewers }: { entryId: string; assignees: Assignee[]; reviewers: Reviewer[] }) {
  const t = useTranslations("Admin.entry.assignments");
  const taken = new Set(assignees.map((a) => a.reviewerId));
  const free = reviewers.filter((r) => !taken.has(r.id));
  const options = free.map((r) => (
    <option key={r.id} value={r.id}>
      {r.displayName}
    </option>
  ));
  return (
    <section aria-labelledby="assignments-title" className="rounded border border-line p-3">
      <h2 id="assignments-title" className="font-bold">{t("title")}</h2>
      {assignees.length === 0 && <p className="mt-2 text-sm">{t("none")}</p>}
      <ul className="mt-2 space-y-2 text-sm">
        {assignees.map((a) => (
          <li key={a.reviewerId}>
            <bdi className="font-semibold">{a.reviewer.displayName}</bdi> — {a.scoredAt ? t("scored") : t("open")}
            {!a.scoredAt && free.length > 0 && (
              <ActionForm action={reassignAction.bind(null, entryId)} className="mt-1 flex flex-wrap items-center gap-2" label={t("reassignLabel", { name: a.reviewer.displayName })}>
                <input type="hidden" name="fromReviewerId" value={a.reviewerId} />
                <label className="flex items-center gap-1">
                  {t("to")}
                  <select name="toReviewerId" className="rounded border border-line px-1 py-0.5">
                    {options}
                  </select>
                </label>
                <SubmitButton variant="secondary">{t("reassign")}</SubmitButton>
              </ActionForm>
            )}
          </li>
        ))}
      </ul>
      {free.length > 0 && (
        <ActionForm action={addReviewerAction.bind(null, entryId)} className="mt-3 flex flex-wrap items-center gap-2 border-t border-line pt-3 text-sm" label={t("add")}>
          <label className="flex items-center gap-1">
            {t("addLabel")}
            <select name="reviewerId" className="rounded border border-line px-1 py-0.5">
              {options}
            </select>
          </label>
          <SubmitButton variant="secondary">{t("add")}</SubmitButton>
        </ActionForm>
      )}
    </section>
  );
}
