"use client";

import { useTranslations } from "next-intl";
import { MAX_CHARACTERS, ROLES } from "@/lib/validation/entry-fields";
import type { FieldState } from "./field-state";
import { controlClass, FieldError, FieldHint, fieldIds, RequirementBadge } from "./form-controls";
import { TextField } from "./text-field";

/** The entrant: name, email, pen name, country and how they take part. */
export function AboutYouFields({ state }: { state: FieldState }) {
  const t = useTranslations("EntryForm");
  return (
    <fieldset className="space-y-5">
      <legend className="mb-2 text-xl font-bold">{t("sections.you")}</legend>
      <TextField field="name" state={state} autoComplete="name" hint={t("fields.name.hint")} />
      <TextField field="email" state={state} type="email" autoComplete="email" inputMode="email" hint={t("fields.email.hint")} />
      <TextField field="penName" state={state} autoComplete="nickname" hint={t("fields.penName.hint", { max: MAX_CHARACTERS.penName })} />
      <TextField field="country" state={state} autoComplete="country-name" hint={t("fields.country.hint")} />
      <div>
        <label htmlFor={fieldIds("role").control} className="font-semibold">
          {t("fields.role.label")}
          <RequirementBadge required />
        </label>
        <FieldError field="role" message={state.errorOf("role")} />
        {/* Keyed by its value: React applies a select's defaultValue only when it mounts, and
            resets the form after each submission, so a refused form would otherwise lose the role. */}
        <select key={state.values.role} {...state.a11y("role")} defaultValue={state.values.role} aria-required className={controlClass}>
          <option value="">{t("fields.role.placeholder")}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
        <FieldHint field="role">{t("fields.role.hint")}</FieldHint>
      </div>
    </fieldset>
  );
}
