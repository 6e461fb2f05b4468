"use client";

import { useTranslations } from "next-intl";
import { saveSettingsAction } from "@/lib/admin/actions/settings";
import type { SettingsInput } from "@/lib/validation/settings";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useConsoleAction } from "./use-console-action";

const input = "mt-1 block rounded border border-line px-2 py-1";

/** The form's fields by name ("windows.0.opensAt"), as the action reads them. */
function fieldValues({ windows, announcementAt, prizeCount, acceptanceDeadline }: SettingsInput): Record<string, string> {
  const values: Record<string, string> = { announcementAt, prizeCount: String(prizeCount), acceptanceDeadline };
  windows.forEach((w, index) => {
    values[`windows.${index}.number`] = String(w.number);
    values[`windows.${index}.opensAt`] = w.opensAt;
    values[`windows.${index}.closesAt`] = w.closesAt;
  });
  return values;
}

/**
 * Every window's times and the announcement as Japan-time minutes (a window accepts entries until
 * the end of its closing minute), the number of prizes and the winners' acceptance deadline.
 * Windows are added and removed beside it.
 */
export function SettingsForm({ values: saved }: { values: SettingsInput }) {
  const t = useTranslations("Admin.settings");
  const [state, action] = useConsoleAction(saveSettingsAction);
  const fields = state.status === "error" ? (state.fields ?? {}) : {};
  const values = state.status === "error" && state.values ? state.values : fieldValues(saved);
  const field = (
    name: string,
    label: string,
    { type = "datetime-local", hint, optional = false }: { type?: "datetime-local" | "number"; hint?: string; optional?: boolean } = {},
  ) => (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${name}-hint`} className="max-w-xs text-xs text-ink-soft">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type={type}
        required={!optional}
        defaultValue={values[name]}
        {...(type === "number" ? { min: 1, max: 100 } : {})}
        aria-invalid={fields[name] ? true : undefined}
        aria-describedby={[hint && `${name}-hint`, fields[name] && `${name}-error`].filter(Boolean).join(" ") || undefined}
        className={input}
      />
      {fields[name] && (
        <p id={`${name}-error`} className="mt-1 text-xs font-semibold text-accent">
          {t("fieldError")}
        </p>
      )}
    </div>
  );
  return (
    <form action={action} className="space-y-6">
      {saved.windows.map((w, index) => (
        // Keyed by the saved times too: after a window is removed the next one takes its number.
        <fieldset key={`${w.number} ${w.opensAt} ${w.closesAt}`} className="flex flex-wrap gap-4 rounded border border-line p-3">
          <legend className="px-1 font-bold">{t("window", { number: w.number })}</legend>
          <input type="hidden" name={`windows.${index}.number`} value={w.number} />
          {field(`windows.${index}.opensAt`, t("opensAt"))}
          {field(`windows.${index}.closesAt`, t("closesAt"))}
        </fieldset>
      ))}
      <fieldset className="flex flex-wrap gap-4 rounded border border-line p-3">
        <legend className="px-1 font-bold">{t("announcementGroup")}</legend>
        {field("announcementAt", t("announcementAt"))}
        {field("prizeCount", t("prizeCount"), { type: "number" })}
        {field("acceptanceDeadline", t("acceptanceDeadline"), { hint: t("acceptanceDeadlineHint"), optional: true })}
      </fieldset>
      <p className="text-sm text-ink-soft">{t("jstNote")}</p>
      <SubmitButton>{t("save")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
