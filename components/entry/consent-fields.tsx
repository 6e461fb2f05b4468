"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Link } from "@/i18n/navigation";
import { CONSENT_FIELDS, type ConsentField } from "@/lib/validation/entry-fields";
import type { FieldState } from "./field-state";
import { FieldError, fieldIds } from "./form-controls";

/** The four boxes the entrant ticks: eligibility, terms, privacy and publication. */
export function ConsentFields({ state }: { state: FieldState }) {
  const t = useTranslations("EntryForm");
  return (
    <fieldset className="space-y-4">
      <legend className="mb-2 text-xl font-bold">{t("sections.consents")}</legend>
      {CONSENT_FIELDS.map((field) => (
        <Consent key={field} field={field} state={state} />
      ))}
    </fieldset>
  );
}

function Consent({ field, state }: { field: ConsentField; state: FieldState }) {
  const t = useTranslations("EntryForm");
  const newTabLink = (href: "/terms" | "/privacy") =>
    function LegalLink(chunks: ReactNode) {
      return (
        <Link href={href} target="_blank" className="underline">
          {chunks}
          <span className="sr-only">{t("newTab")}</span>
        </Link>
      );
    };
  return (
    <div>
      <FieldError field={field} message={state.errorOf(field)} />
      <div className="flex items-start gap-3">
        <input
          {...state.a11y(field, { hint: false })}
          type="checkbox"
          defaultChecked={state.values[field]}
          aria-required
          className="mt-1.5 size-5 shrink-0 accent-ink"
        />
        <label htmlFor={fieldIds(field).control}>{t.rich(`consents.${field}`, { terms: newTabLink("/terms"), privacy: newTabLink("/privacy") })}</label>
      </div>
    </div>
  );
}
