import { useTranslations } from "next-intl";
import { conflictAction } from "@/lib/admin/actions/assignments";
import { ActionForm } from "./action-form";
import { SubmitButton } from "./submit-button";

/** A reviewer hands back an entry they cannot judge fairly; it goes to another reviewer. */
export function ConflictForm({ entryId }: { entryId: string }) {
  const t = useTranslations("Admin.queue.conflict");
  return (
    <section aria-labelledby="conflict-title" className="rounded border border-line p-3 text-sm">
      <h2 id="conflict-title" className="font-bold">
        {t("title")}
      </h2>
      <p className="mt-1">{t("lead")}</p>
      <ActionForm action={conflictAction.bind(null, entryId)} className="mt-2" label={t("title")}>
        <SubmitButton variant="secondary">{t("declare")}</SubmitButton>
      </ActionForm>
    </section>
  );
}
