import { useTranslations } from "next-intl";
import Link from "next/link";
import { deleteViewAction, saveViewAction } from "@/lib/admin/actions/saved-views";
import type { SavedViewRow } from "@/lib/review/saved-views";
import { ActionForm } from "./action-form";
import { SubmitButton } from "./submit-button";

/** The viewer's own saved views of the list: apply (a link), delete, and save the current filter under a name. */
export function SavedViews({ views, query }: { views: SavedViewRow[]; query: string }) {
  const t = useTranslations("Admin.entries.savedViews");
  return (
    <section aria-labelledby="saved-views-title" className="flex flex-wrap items-start gap-x-3 gap-y-1 text-sm">
      <h2 id="saved-views-title" className="py-0.5 font-semibold">
        {t("label")}:
      </h2>
      {views.length === 0 && <p className="py-0.5 text-ink-soft">{t("none")}</p>}
      {views.length > 0 && (
        <ActionForm action={deleteViewAction} label={t("label")} className="flex flex-wrap items-start gap-2">
          <ul className="flex flex-wrap gap-2">
            {views.map((view) => (
              <li key={view.id} className="flex items-start gap-1 rounded border border-line pl-2">
                <Link href={`/admin/entries${view.query}`} className="py-0.5 underline">
                  {view.name}
                </Link>
                <button type="submit" name="id" value={view.id} aria-label={t("delete", { name: view.name })} className="px-1.5 py-0.5 text-ink-soft hover:text-accent">
                  ×
                </button>
              </li>
            ))}
          </ul>
        </ActionForm>
      )}
      <details>
        <summary className="cursor-pointer py-0.5 underline">{t("save")}</summary>
        <ActionForm action={saveViewAction} label={t("save")} className="mt-1 flex flex-wrap items-center gap-2">
          <input type="hidden" name="query" value={query} />
          <label htmlFor="view-name">{t("name")}</label>
          <input id="view-name" name="name" required maxLength={60} className="rounded border border-line px-2 py-0.5" />
          <SubmitButton size="small">{t("submit")}</SubmitButton>
        </ActionForm>
      </details>
    </section>
  );
}
