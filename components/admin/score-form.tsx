import { useTranslations } from "next-intl";
import { scoreAction } from "@/lib/admin/actions/review";
import type { Rubric } from "@/lib/review/rubric";
import { ActionForm } from "./action-form";
import { RubricFields } from "./rubric-fields";
import { SubmitButton } from "./submit-button";

export function ScoreForm({ entryId, mine }: { entryId: string; mine: Rubric | null }) {
  const t = useTranslations("Admin.entry.scores");
  return (
    <ActionForm action={scoreAction.bind(null, entryId)} className="space-y-3" label={t("yours")}>
      <RubricFields mine={mine} />
      <SubmitButton>{mine ? t("update") : t("save")}</SubmitButton>
    </ActionForm>
  );
}
