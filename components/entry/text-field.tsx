"use client";

import { useTranslations } from "next-intl";
import { MAX_CHARACTERS } from "@/lib/validation/entry-fields";
import { CharacterCount } from "./character-count";
import { isCounted, type FieldState } from "./field-state";
import { controlClass, FieldError, FieldHint, fieldIds, RequirementBadge } from "./form-controls";

export type OneLineField = "name" | "email" | "penName" | "country" | "connectedWith" | "title" | "myTokyoMarathonIs" | "km";

/** One labelled one-line input with its error, hint and (for counted fields) live count. */
export function TextField({
  field,
  state,
  type = "text",
  autoComplete = "off",
  inputMode,
  required = true,
  hint,
  suffix,
}: {
  field: OneLineField;
  state: FieldState;
  type?: string;
  autoComplete?: string;
  inputMode?: "numeric" | "email";
  required?: boolean;
  hint?: string;
  suffix?: string;
}) {
  const t = useTranslations("EntryForm");
  const counted = isCounted(field);
  return (
    <div>
      <label htmlFor={fieldIds(field).control} className="font-semibold">
        {t(`fields.${field}.label`)}
        <RequirementBadge required={required} />
      </label>
      <FieldError field={field} message={state.errorOf(field)} />
      <div className="flex items-center gap-2">
        <input
          {...state.a11y(field, { hint: !!hint, count: counted })}
          type={type}
          defaultValue={state.values[field]}
          autoComplete={autoComplete}
          inputMode={inputMode}
          aria-required={required}
          dir="auto"
          className={`${controlClass} ${suffix ? "max-w-28" : ""}`}
        />
        {suffix ? <span aria-hidden="true">{suffix}</span> : null}
      </div>
      {hint ? <FieldHint field={field}>{hint}</FieldHint> : null}
      {counted ? <CharacterCount field={field} count={state.counts[field]} max={MAX_CHARACTERS[field]} /> : null}
    </div>
  );
}
