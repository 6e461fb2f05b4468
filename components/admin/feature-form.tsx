"use client";

import { useTranslations } from "next-intl";
import { featureAction } from "@/lib/admin/actions/featured";
import type { Locale } from "@/lib/generated/prisma/enums";
import type { FeatureInput } from "@/lib/validation/featured";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useConsoleAction } from "./use-console-action";

const field = "mt-1 block w-full rounded border border-line px-2 py-1";

/** The story as it will appear on the site, in its own language and the staff translation. */
export function FeatureForm({ entryId, draft }: { entryId: string; draft: FeatureInput & { sourceLanguage: Locale } }) {
  const t = useTranslations("Admin.feature");
  const [state, action] = useConsoleAction(featureAction.bind(null, entryId));
  const sent = state.status === "error" ? state.values : undefined;
  const value = (name: keyof FeatureInput) => sent?.[name] ?? draft[name] ?? "";
  const languages: Locale[] = draft.sourceLanguage === "ja" ? ["ja", "en"] : ["en", "ja"];
  return (
    // Remounted with what was sent after a refusal, so nothing typed is lost (see InterviewForm).
    <form key={JSON.stringify(sent ?? null)} action={action} className="space-y-6">
      {languages.map((locale) => {
        const suffix = locale === "ja" ? "Ja" : "En";
        const isSource = locale === draft.sourceLanguage;
        return (
          <fieldset key={locale} className="rounded border border-line p-3">
            <legend className="px-1 font-bold">{isSource ? t(`original.${locale}`) : t(`translation.${locale}`)}</legend>
            <label htmlFor={`title${suffix}`} className="block text-sm font-semibold">
              {t("titleField")}
            </label>
            <input id={`title${suffix}`} name={`title${suffix}`} lang={locale} dir="auto" required={isSource} defaultValue={value(`title${suffix}`)} maxLength={200} className={field} />
            <label htmlFor={`story${suffix}`} className="mt-3 block text-sm font-semibold">
              {t("storyField")}
            </label>
            <textarea id={`story${suffix}`} name={`story${suffix}`} lang={locale} dir="auto" required={isSource} rows={12} defaultValue={value(`story${suffix}`)} className={field} />
          </fieldset>
        );
      })}
      <div>
        <label htmlFor="translationStatus" className="block text-sm font-semibold">
          {t("translationStatus")}
        </label>
        <select id="translationStatus" name="translationStatus" defaultValue={value("translationStatus")} aria-describedby="translation-hint" className={`${field} max-w-xs`}>
          {(["none", "draft", "done"] as const).map((status) => (
            <option key={status} value={status}>
              {t(`translationStatuses.${status}`)}
            </option>
          ))}
        </select>
        <p id="translation-hint" className="mt-1 text-xs text-ink-soft">
          {t("translationHint")}
        </p>
      </div>
      <SubmitButton>{t("submit")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
