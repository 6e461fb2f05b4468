"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { EntryField } from "@/lib/validation/entry-fields";

/** Ids tying a control to its hint, count and error, so screen readers read them with the label. */
export function fieldIds(field: EntryField) {
  return {
    control: `entry-${field}`,
    hint: `entry-${field}-hint`,
    count: `entry-${field}-count`,
    error: `entry-${field}-error`,
  };
}

export function describedBy(field: EntryField, parts: { hint?: boolean; count?: boolean; error?: boolean }) {
  const ids = fieldIds(field);
  return [parts.error && ids.error, parts.hint && ids.hint, parts.count && ids.count].filter(Boolean).join(" ") || undefined;
}

export function RequirementBadge({ required }: { required: boolean }) {
  const t = useTranslations("EntryForm");
  return (
    <>
      {" "}
      <span
      className={`ml-1 rounded px-1.5 py-0.5 align-middle text-xs font-semibold ${
        required ? "bg-accent-soft text-accent" : "bg-line/50 text-ink-soft"
      }`}
    >
      {required ? t("required") : t("optional")}
      </span>
    </>
  );
}

export function FieldError({ field, message }: { field: EntryField; message: string | null }) {
  if (!message) return null;
  return (
    <p id={fieldIds(field).error} className="mt-1 text-sm font-semibold text-accent">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  );
}

export function FieldHint({ field, children }: { field: EntryField; children: ReactNode }) {
  return (
    <p id={fieldIds(field).hint} className="mt-1 text-sm text-ink-soft">
      {children}
    </p>
  );
}

export const controlClass =
  "mt-1 block w-full rounded-md border border-ink-soft/60 bg-white px-3 py-2 text-base aria-invalid:border-accent aria-invalid:ring-2 aria-invalid:ring-accent/40";
