"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE } from "@/lib/admin/action-state";
import { saveSettingsAction } from "@/lib/admin/actions/settings";
import type { SettingsInput } from "@/lib/validation/settings";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";

const input = "mt-1 block rounded border border-line px-2 py-1";

/** Windows and announcement as Japan-time minutes; a window accepts entries until the end of its closing minute. */
export function SettingsForm({ values: saved }: { values: SettingsInput }) {
  const t = useTranslations("Admin.settings");
  const [state, action] = useActionState(saveSettingsAction, IDLE);
  const fields = state.status === "error" ? (state.fields ?? {}) : {};
  const values: Record<string, string | number> = state.status === "error" && state.values ? state.values : saved;
  const field = (name: keyof SettingsInput, label: string, type: "datetime-local" | "number" = "datetime-local") => (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        required
        defaultValue={values[name]}
        {...(type === "number" ? { min: 1, max: 100 } : {})}
        aria-invalid={fields[name] ? true : undefined}
        aria-describedby={fields[name] ? `${name}-error` : undefined}
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
      {([1, 2] as const).map((n) => (
        <fieldset key={n} className="flex flex-wrap gap-4 rounded border border-line p-3">
          <legend className="px-1 font-bold">{t("window", { number: n })}</legend>
          {field(`window${n}OpensAt`, t("opensAt"))}
          {field(`window${n}ClosesAt`, t("closesAt"))}
        </fieldset>
      ))}
      <fieldset className="flex flex-wrap gap-4 rounded border border-line p-3">
        <legend className="px-1 font-bold">{t("announcementGroup")}</legend>
        {field("announcementAt", t("announcementAt"))}
        {field("prizeCount", t("prizeCount"), "number")}
      </fieldset>
      <p className="text-sm text-ink-soft">{t("jstNote")}</p>
      <SubmitButton>{t("save")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
