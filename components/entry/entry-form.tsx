"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FocusEvent, type FormEvent } from "react";
import type { UnsuccessfulState } from "@/lib/entries/form-state";
import type { SeasonOptions } from "@/lib/entries/interviews";
import type { EntryValidation } from "@/lib/validation/entry";
import { ENTRY_FIELDS, readEntryForm, TOKEN_FIELD, type EntryField, type EntryValues, type FieldErrors } from "@/lib/validation/entry-fields";
import { AboutYouFields } from "./about-you-fields";
import { ConsentFields } from "./consent-fields";
import { COUNTED_FIELDS, countOf, fieldState, isCounted, useErrorText, type CountedField } from "./field-state";
import { DraftOffer, ErrorSummary, HoneypotField, RefusalNotice } from "./form-notices";
import { StoryFields } from "./story-fields";
import { useEntryDraft } from "./use-entry-draft";

function emptyValues(language: string): EntryValues {
  return {
    name: "", email: "", penName: "", country: "", role: "", connectedWith: "", title: "", story: "",
    myTokyoMarathonIs: "", km: "", referencedInterviewId: "", language,
    eligibility: false, terms: false, privacy: false, publication: false,
  };
}

type Validate = (form: HTMLFormElement) => EntryValidation;
let validatorLoad: Promise<Validate> | null = null;
/**
 * The schema (with zod, most of this page's own script) loads when the entrant first focuses a
 * field, not with the page: the page becomes usable sooner, and the form still checks everything
 * before it sends. A failed load is tried again next time.
 */
function loadValidator(): Promise<Validate> {
  validatorLoad ??= import("@/lib/validation/entry").then(
    ({ validateEntry }): Validate => (form) => validateEntry(readEntryForm(new FormData(form))),
    (error: unknown) => {
      validatorLoad = null;
      throw error;
    },
  );
  return validatorLoad;
}

const countsOf = (read: (field: CountedField) => string) =>
  Object.fromEntries(COUNTED_FIELDS.map((field) => [field, countOf(field, read(field))])) as Record<CountedField, number>;

type Props = {
  /** The last refused submission, or null before the first one. */
  result: UnsuccessfulState | null;
  action: (form: FormData) => void;
  pending: boolean;
  token: string;
  interviews: SeasonOptions[];
};

/** The story form: validates as the entrant types and before sending, keeps a draft, shows refusals. */
export function EntryForm({ result, action, pending, token, interviews }: Props) {
  const t = useTranslations("EntryForm");
  const locale = useLocale();
  const errorText = useErrorText();
  const formRef = useRef<HTMLFormElement>(null);
  const refusalRef = useRef<HTMLDivElement>(null);
  const values = result?.values ?? emptyValues(locale);

  const [errors, setErrors] = useState<FieldErrors>(result?.errors ?? {});
  const [showSummary, setShowSummary] = useState(result?.status === "invalid");
  const [shownResult, setShownResult] = useState(result);
  if (result !== shownResult) {
    setShownResult(result);
    setErrors(result?.errors ?? {});
    setShowSummary(result?.status === "invalid");
  }
  const [counts, setCounts] = useState(() => countsOf((field) => values[field]));
  const [announcement, setAnnouncement] = useState("");

  const focusField = (field: EntryField) => formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
  const validator = useRef<Validate | null>(null);
  const sendUnchecked = useRef(false);
  const prepareValidation = () => loadValidator().then((validate) => (validator.current = validate));
  // Checks while typing are a help; if the schema cannot load, the server's check still answers.
  const withValidation = (use: (validation: EntryValidation) => void) =>
    void prepareValidation().then((validate) => formRef.current && use(validate(formRef.current)), () => {});

  const onRestored = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    setCounts(countsOf((field) => String(data.get(field) ?? "")));
    setErrors({});
    setAnnouncement(t("draft.restored"));
    focusField("name");
  }, [t]);
  const draft = useEntryDraft(formRef, onRestored);

  useEffect(() => {
    if (result?.status === "refused") refusalRef.current?.focus();
    if (result?.status === "invalid") {
      const first = ENTRY_FIELDS.find((field) => result.errors[field]);
      if (first) focusField(first);
    }
  }, [result]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    if (!validator.current && !sendUnchecked.current) {
      // Sent before the schema arrived: check first, then send again (unchecked if it cannot load).
      event.preventDefault();
      void prepareValidation()
        .catch(() => (sendUnchecked.current = true))
        .finally(() => formRef.current?.requestSubmit());
      return;
    }
    const validation = validator.current?.(event.currentTarget);
    if (!validation || validation.success) {
      setErrors({});
      return;
    }
    event.preventDefault();
    setErrors(validation.errors);
    setShowSummary(true);
    const first = ENTRY_FIELDS.find((field) => validation.errors[field]);
    if (first) focusField(first);
  }

  function handleChange(event: ChangeEvent<HTMLFormElement>) {
    const { name, value } = event.target as unknown as HTMLInputElement;
    if (isCounted(name)) setCounts((current) => ({ ...current, [name]: countOf(name, value) }));
    const field = name as EntryField;
    if (errors[field] || field === "photo") {
      withValidation((validation) => {
        const code = validation.success ? undefined : validation.errors[field];
        setErrors((current) => ({ ...current, [field]: code }));
        if (code && field === "photo") setAnnouncement(errorText(field, code));
      });
    }
    draft.scheduleSave();
  }

  function handleBlur(event: FocusEvent<HTMLFormElement>) {
    const { name, value, type } = event.target as unknown as HTMLInputElement;
    const field = name as EntryField;
    if (!ENTRY_FIELDS.includes(field) || type === "checkbox" || type === "radio" || !value) return;
    withValidation((validation) => {
      const code = validation.success ? undefined : validation.errors[field];
      setErrors((current) => ({ ...current, [field]: code }));
      if (code) setAnnouncement(errorText(field, code));
    });
  }

  const state = fieldState(values, errors, counts, errorText);
  const fieldsWithErrors = ENTRY_FIELDS.filter((field) => errors[field]);

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={handleSubmit}
      onChange={handleChange}
      onBlur={handleBlur}
      onFocus={() => void prepareValidation()}
      noValidate
      aria-labelledby="entry-form-title"
      className="space-y-8"
    >
      <h2 id="entry-form-title" className="sr-only">
        {t("submit")}
      </h2>
      <input type="hidden" name={TOKEN_FIELD} value={token} />
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {draft.offered ? <DraftOffer draft={draft.offered} onRestore={draft.restore} onDiscard={draft.discard} /> : null}
      {result?.status === "refused" && result.reason ? <RefusalNotice result={{ ...result, reason: result.reason }} focusRef={refusalRef} /> : null}
      {showSummary && fieldsWithErrors.length > 0 ? <ErrorSummary fields={fieldsWithErrors} errorOf={state.errorOf} /> : null}
      <p className="text-sm text-ink-soft">{t("draft.autosave")}</p>
      <AboutYouFields state={state} />
      <StoryFields state={state} interviews={interviews} photoDropped={result?.photoDropped ?? false} />
      <ConsentFields state={state} />
      <HoneypotField shown={result?.reason === "honeypot"} />
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-full bg-accent px-6 py-3 text-lg font-bold text-white hover:bg-ink disabled:cursor-wait disabled:opacity-70 sm:w-auto"
      >
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
