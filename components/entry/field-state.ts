"use client";

import { useTranslations } from "next-intl";
import {
  MAX_CHARACTERS,
  STORY_MIN_CHARACTERS,
  TEXT_ERROR_CODES,
  type EntryField,
  type EntryValues,
  type ErrorCode,
  type FieldErrors,
  type TextLimitedField,
} from "@/lib/validation/entry-fields";
import { countCharacters, MAX_MARKS_PER_CHARACTER, normalizeMultiline, normalizeSingleLine } from "@/lib/validation/text";
import { describedBy, fieldIds } from "./form-controls";

/** Fields that show a live character count under them. */
export const COUNTED_FIELDS = ["penName", "title", "story", "myTokyoMarathonIs"] as const;
export type CountedField = (typeof COUNTED_FIELDS)[number];
export const isCounted = (field: string): field is CountedField => (COUNTED_FIELDS as readonly string[]).includes(field);

export function countOf(field: CountedField, value: string) {
  return countCharacters(field === "story" ? normalizeMultiline(value) : normalizeSingleLine(value));
}

/** What every field section needs: the values to show, the errors, the counts. */
export type FieldState = {
  values: EntryValues;
  errors: FieldErrors;
  counts: Record<CountedField, number>;
  errorOf: (field: EntryField) => string | null;
  a11y: (field: EntryField, options?: { hint?: boolean; count?: boolean }) => {
    id: string;
    name: EntryField;
    "aria-invalid": true | undefined;
    "aria-describedby": string | undefined;
  };
};

/** The message for a field's error code, in the page's language. */
export function useErrorText() {
  const t = useTranslations("EntryForm");
  // Every (field, code) pair the schema can produce has a message (tests/unit/entry-schema.test.ts).
  return (field: EntryField, code: ErrorCode) =>
    (TEXT_ERROR_CODES as readonly ErrorCode[]).includes(code)
      ? t(`textErrors.${code as (typeof TEXT_ERROR_CODES)[number]}`, {
          field: t(`fields.${field as TextLimitedField}.label`),
          max: MAX_MARKS_PER_CHARACTER,
        })
      : t(`errors.${field}.${code}` as "errors.name.required", {
          max: field in MAX_CHARACTERS ? MAX_CHARACTERS[field as TextLimitedField] : 0,
          min: STORY_MIN_CHARACTERS,
        });
}

export function fieldState(
  values: EntryValues,
  errors: FieldErrors,
  counts: Record<CountedField, number>,
  errorText: (field: EntryField, code: ErrorCode) => string,
): FieldState {
  const errorOf = (field: EntryField) => {
    const code = errors[field];
    return code ? errorText(field, code) : null;
  };
  return {
    values,
    errors,
    counts,
    errorOf,
    a11y: (field, { hint = true, count = false } = {}) => ({
      id: fieldIds(field).control,
      name: field,
      "aria-invalid": errors[field] ? true : undefined,
      "aria-describedby": describedBy(field, { hint, count, error: !!errors[field] }),
    }),
  };
}
