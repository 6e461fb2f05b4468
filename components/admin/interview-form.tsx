"use client";

import { useTranslations } from "next-intl";
import { saveInterviewAction } from "@/lib/admin/actions/interviews";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useConsoleAction } from "./use-console-action";

export type InterviewFormValues = {
  seasonId: string;
  km: string;
  format: string;
  participants: string;
  references: string;
  ja: { title: string; lead: string; blocks: string };
  en: { title: string; lead: string; blocks: string };
};

type Season = { id: number; title: string };

/** The field messages the editor has (Admin.interviews.form.errors); any other problem is "invalid". */
const FIELD_MESSAGES = ["json", "blocks", "unknownSpeaker", "duplicateKey", "reference", "participantKey", "too_small", "too_big"] as const;
type FieldMessage = (typeof FIELD_MESSAGES)[number] | "invalid";

function fieldMessage(key: string): FieldMessage {
  return FIELD_MESSAGES.find((known) => known === key) ?? "invalid";
}

const input = "mt-1 block w-full rounded border border-line px-2 py-1";
const code = "mt-1 block w-full rounded border border-line px-2 py-1 font-mono text-xs";

/**
 * Both language versions, participants and references of one interview. Blocks are JSON (see
 * the hint); the server validates everything and answers field by field.
 */
export function InterviewForm({ id, seasons, initial }: { id: number | null; seasons: Season[]; initial: InterviewFormValues }) {
  const t = useTranslations("Admin.interviews.form");
  const [state, action] = useConsoleAction(saveInterviewAction.bind(null, id));
  const fields = state.status === "error" ? (state.fields ?? {}) : {};
  const sent = state.status === "error" ? state.values : undefined;
  const value = (name: string, fallback: string) => sent?.[name] ?? fallback;
  const error = (name: string) =>
    fields[name] ? (
      <p id={`${name}-error`} className="mt-1 text-xs font-semibold text-accent">
        {t(`errors.${fieldMessage(fields[name] ?? "")}`)}
      </p>
    ) : null;
  const described = (name: string, hint?: string) => ({
    "aria-invalid": fields[name] ? true : undefined,
    "aria-describedby": [hint, fields[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined,
  });
  return (
    // A new key after a refusal remounts the form with what was sent: React resets a form after
    // its action, and a <select> would otherwise fall back to its first default.
    <form key={JSON.stringify(sent ?? null)} action={action} className="space-y-6">
      <div className="flex flex-wrap gap-4">
        <div>
          <label htmlFor="seasonId" className="block text-sm font-semibold">{t("season")}</label>
          <select id="seasonId" name="seasonId" defaultValue={value("seasonId", initial.seasonId)} className={input}>
            {seasons.map((s) => (
              <option key={s.id} value={s.id}>{s.title}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="km" className="block text-sm font-semibold">{t("km")}</label>
          <input id="km" name="km" type="number" min={1} max={42} required defaultValue={value("km", initial.km)} {...described("km")} className={input} />
          {error("km")}
        </div>
        <div>
          <label htmlFor="format" className="block text-sm font-semibold">{t("format")}</label>
          <select id="format" name="format" defaultValue={value("format", initial.format)} className={input}>
            <option value="qa">{t("formats.qa")}</option>
            <option value="dialogue">{t("formats.dialogue")}</option>
          </select>
        </div>
      </div>
      <div>
        <label htmlFor="participants" className="block text-sm font-semibold">{t("participants")}</label>
        <textarea id="participants" name="participants" rows={6} spellCheck={false} defaultValue={value("participants", initial.participants)} {...described("participants", "participants-hint")} className={code} />
        <p id="participants-hint" className="mt-1 text-xs text-ink-soft">{t("participantsHint")}</p>
        {error("participants")}
      </div>
      <div>
        <label htmlFor="references" className="block text-sm font-semibold">{t("references")}</label>
        <input id="references" name="references" defaultValue={value("references", initial.references)} {...described("references", "references-hint")} className={input} />
        <p id="references-hint" className="mt-1 text-xs text-ink-soft">{t("referencesHint")}</p>
        {error("references")}
      </div>
      {(["ja", "en"] as const).map((locale) => (
        <fieldset key={locale} className="space-y-3 rounded border border-line p-3">
          <legend className="px-1 font-bold">{t(`version.${locale}`)}</legend>
          <div>
            <label htmlFor={`${locale}.title`} className="block text-sm font-semibold">{t("title")}</label>
            <input id={`${locale}.title`} name={`${locale}.title`} lang={locale} required={locale === "ja"} defaultValue={value(`${locale}.title`, initial[locale].title)} {...described(`${locale}.title`)} className={input} />
            {error(`${locale}.title`)}
          </div>
          <div>
            <label htmlFor={`${locale}.lead`} className="block text-sm font-semibold">{t("lead")}</label>
            <textarea id={`${locale}.lead`} name={`${locale}.lead`} lang={locale} rows={3} defaultValue={value(`${locale}.lead`, initial[locale].lead)} className={input} />
          </div>
          <div>
            <label htmlFor={`${locale}.blocks`} className="block text-sm font-semibold">{t("blocks")}</label>
            <textarea id={`${locale}.blocks`} name={`${locale}.blocks`} lang={locale} rows={14} spellCheck={false} defaultValue={value(`${locale}.blocks`, initial[locale].blocks)} {...described(`${locale}.blocks`, "blocks-hint")} className={code} />
            {error(`${locale}.blocks`)}
          </div>
        </fieldset>
      ))}
      <p id="blocks-hint" className="text-xs text-ink-soft">{t("blocksHint")}</p>
      <SubmitButton>{t("save")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
