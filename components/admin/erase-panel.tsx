import { useTranslations } from "next-intl";
import { eraseAction } from "@/lib/admin/actions/review";
import { ActionForm } from "./action-form";
import { SubmitButton } from "./submit-button";

/** Erasing on the entrant's request: confirmed by typing the entry's reference. */
export function ErasePanel({ entryId, reference }: { entryId: string; reference: string }) {
  const t = useTranslations("Admin.entry.erase");
  return (
    <section aria-labelledby="erase-title" className="rounded border border-accent p-3">
      <h2 id="erase-title" className="font-bold text-accent">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm">{t("explanation")}</p>
      <ActionForm action={eraseAction.bind(null, entryId)} className="mt-2 space-y-2" label={t("title")}>
        <label htmlFor="erase-confirm" className="block text-sm font-semibold">
          {t("confirmLabel", { reference })}
        </label>
        <input id="erase-confirm" name="confirm" autoComplete="off" required className="w-full rounded border border-line px-2 py-1 font-mono" />
        <SubmitButton variant="danger">{t("submit")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
