import { useTranslations } from "next-intl";
import { BULK_LIMIT } from "@/lib/validation/bulk";
import { MAX_TAG_LENGTH } from "@/lib/validation/tags";
import { SubmitButton } from "./submit-button";

/**
 * What the bulk form acts on and what it does. Works without JavaScript: the rows are chosen by
 * their checkboxes, "this page" or "all matching" (confirmed by its number, up to BULK_LIMIT), and
 * the pressed button names the action. The tag buttons come first, so Enter in the tag field adds
 * the tag rather than changing a status.
 */
export function BulkBar({
  pageIds,
  matching,
  query,
  reviewers,
}: {
  pageIds: string[];
  matching: number;
  query: string;
  /** Whom an admin may assign the rows to; null for a reviewer, who may only tag. */
  reviewers: { id: string; displayName: string }[] | null;
}) {
  const t = useTranslations("Admin.entries.bulk");
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-line px-3 py-1 text-sm">
      <legend className="sr-only">{t("label")}</legend>
      <label className="flex items-center gap-1">
        <input type="radio" name="scope" value="checked" defaultChecked /> {t("checked")}
      </label>
      <label className="flex items-center gap-1">
        <input type="radio" name="scope" value="page" /> {t("page", { count: pageIds.length })}
      </label>
      {pageIds.map((id) => (
        <input key={id} type="hidden" name="pageIds" value={id} />
      ))}
      {matching <= BULK_LIMIT ? (
        <>
          <label className="flex items-center gap-1">
            <input type="radio" name="scope" value="filter" /> {t("filter", { count: matching })}
          </label>
          <label className="flex items-center gap-1 text-xs">
            <input type="checkbox" name="confirmed" value={matching} /> {t("confirm", { count: matching })}
          </label>
          <input type="hidden" name="query" value={query} />
        </>
      ) : (
        <span className="text-xs text-ink-soft">{t("overLimit", { limit: BULK_LIMIT })}</span>
      )}
      <span className="flex items-center gap-1">
        <label htmlFor="bulk-tag">{t("tag")}</label>
        <input id="bulk-tag" name="tag" maxLength={MAX_TAG_LENGTH} aria-describedby="bulk-tag-hint" className="w-28 rounded border border-line px-2 py-0.5" />
        <span id="bulk-tag-hint" className="sr-only">{t("tagHint", { max: MAX_TAG_LENGTH })}</span>
      </span>
      <SubmitButton variant="secondary" name="change" value="tag" size="small">{t("addTag")}</SubmitButton>
      <SubmitButton variant="secondary" name="change" value="untag" size="small">{t("removeTag")}</SubmitButton>
      {reviewers && (
        <>
          <SubmitButton name="change" value="status:shortlisted" size="small">{t("shortlist")}</SubmitButton>
          <SubmitButton variant="danger" name="change" value="status:declined" size="small">{t("decline")}</SubmitButton>
          {reviewers.length > 0 && (
            <details className="relative">
              <summary className="cursor-pointer font-semibold">{t("assignTo")}</summary>
              <fieldset className="absolute z-10 mt-1 space-y-1 rounded border border-line bg-white p-2 shadow">
                <legend className="sr-only">{t("assignTo")}</legend>
                {reviewers.map((reviewer) => (
                  <label key={reviewer.id} className="flex items-center gap-1 whitespace-nowrap">
                    <input type="checkbox" name="reviewer" value={reviewer.id} className="accent-ink" />
                    <bdi>{reviewer.displayName}</bdi>
                  </label>
                ))}
                <SubmitButton name="change" value="assign" size="small">{t("assign")}</SubmitButton>
              </fieldset>
            </details>
          )}
        </>
      )}
    </fieldset>
  );
}
