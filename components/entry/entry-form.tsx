"use client";

import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, type ChangeEvent, type FocusEvent, type FormEvent } from "react";
import { CampaignStateMessage } from "@/components/campaign/campaign-status";
import { useJstFormat } from "@/components/ui/jst-time";
import { Link } from "@/i18n/navigation";
import type { SeasonOptions } from "@/lib/entries/interviews";
import type { UnsuccessfulState } from "@/lib/entries/submission";
import {
  ENTRY_FIELDS,
  LANGUAGES,
  LIMITS,
  PHOTO_TYPES,
  readEntryForm,
  ROLES,
  validateEntry,
  type EntryField,
  type EntryValues,
  type ErrorCode,
  type FieldErrors,
} from "@/lib/validation/entry";
import { countCharacters, normalizeMultiline, normalizeSingleLine } from "@/lib/validation/text";
import { CharacterCount } from "./character-count";
import { controlClass, describedBy, FieldError, FieldHint, fieldIds, RequirementBadge } from "./form-controls";
import { useEntryDraft } from "./use-entry-draft";

const COUNTED = { penName: LIMITS.penName, title: LIMITS.title, story: LIMITS.storyMax, myTokyoMarathonIs: LIMITS.myTokyoMarathonIs } as const;
type CountedField = keyof typeof COUNTED;
const isCounted = (field: string): field is CountedField => field in COUNTED;

const MAX_BY_FIELD: Partial<Record<EntryField, number>> = {
  name: LIMITS.name,
  email: LIMITS.email,
  penName: LIMITS.penName,
  country: LIMITS.country,
  connectedWith: LIMITS.connectedWith,
  title: LIMITS.title,
  story: LIMITS.storyMax,
  myTokyoMarathonIs: LIMITS.myTokyoMarathonIs,
};

function countOf(field: CountedField, value: string) {
  return countCharacters(field === "story" ? normalizeMultiline(value) : normalizeSingleLine(value));
}

function emptyValues(language: string): EntryValues {
  return {
    name: "", email: "", penName: "", country: "", role: "", connectedWith: "", title: "", story: "",
    myTokyoMarathonIs: "", km: "", referencedInterviewId: "", language,
    eligibility: false, terms: false, privacy: false, publication: false,
  };
}

type Props = {
  /** The last refused submission, or null before the first one. */
  result: UnsuccessfulState | null;
  action: (form: FormData) => void;
  pending: boolean;
  token: string;
  interviews: SeasonOptions[];
};

export function EntryForm({ result, action, pending, token, interviews }: Props) {
  const t = useTranslations("EntryForm");
  const locale = useLocale();
  const jst = useJstFormat();
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
  const [counts, setCounts] = useState(() =>
    Object.fromEntries(Object.keys(COUNTED).map((field) => [field, countOf(field as CountedField, values[field as CountedField])])),
  );
  const [announcement, setAnnouncement] = useState("");

  // Every (field, code) pair the schema can produce has a message (tests/unit/entry-schema.test.ts).
  const errorText = (field: EntryField, code: ErrorCode) =>
    t(`errors.${field}.${code}` as "errors.name.required", { max: MAX_BY_FIELD[field] ?? 0, min: LIMITS.storyMin });

  const focusField = (field: EntryField) => {
    const control = formRef.current?.querySelector<HTMLElement>(`[name="${field}"]`);
    control?.focus();
  };

  const validateCurrent = () => validateEntry(readEntryForm(new FormData(formRef.current!)));

  const onRestored = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    setCounts(Object.fromEntries(Object.keys(COUNTED).map((field) => [field, countOf(field as CountedField, String(data.get(field) ?? ""))])));
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
    const validation = validateCurrent();
    if (validation.success) {
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
      const error = validateCurrent();
      const code = error.success ? undefined : error.errors[field];
      setErrors((current) => ({ ...current, [field]: code }));
      if (code && field === "photo") setAnnouncement(errorText(field, code));
    }
    draft.scheduleSave();
  }

  function handleBlur(event: FocusEvent<HTMLFormElement>) {
    const { name, value, type } = event.target as unknown as HTMLInputElement;
    const field = name as EntryField;
    if (!ENTRY_FIELDS.includes(field) || type === "checkbox" || type === "radio" || !value) return;
    const validation = validateCurrent();
    const code = validation.success ? undefined : validation.errors[field];
    setErrors((current) => ({ ...current, [field]: code }));
    if (code) setAnnouncement(errorText(field, code));
  }

  const errorOf = (field: EntryField) => {
    const code = errors[field];
    return code ? errorText(field, code) : null;
  };
  const a11y = (field: EntryField, { hint = true, count = false } = {}) => ({
    id: fieldIds(field).control,
    name: field,
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": describedBy(field, { hint, count, error: !!errors[field] }),
  });
  const errorCount = ENTRY_FIELDS.filter((field) => errors[field]).length;

  function textField(field: "name" | "email" | "penName" | "country" | "connectedWith" | "title" | "myTokyoMarathonIs" | "km", options: {
    type?: string; autoComplete?: string; inputMode?: "numeric" | "email"; required?: boolean; hint?: string; suffix?: string;
  } = {}) {
    const required = options.required ?? true;
    const counted = isCounted(field);
    return (
      <div>
        <label htmlFor={fieldIds(field).control} className="font-semibold">
          {t(`fields.${field}.label`)}
          <RequirementBadge required={required} />
        </label>
        <FieldError field={field} message={errorOf(field)} />
        <div className="flex items-center gap-2">
          <input
            {...a11y(field, { hint: !!options.hint, count: counted })}
            type={options.type ?? "text"}
            defaultValue={values[field]}
            autoComplete={options.autoComplete ?? "off"}
            inputMode={options.inputMode}
            aria-required={required}
            className={`${controlClass} ${options.suffix ? "max-w-28" : ""}`}
          />
          {options.suffix ? <span aria-hidden="true">{options.suffix}</span> : null}
        </div>
        {options.hint ? <FieldHint field={field}>{options.hint}</FieldHint> : null}
        {counted ? <CharacterCount field={field} count={counts[field] ?? 0} max={COUNTED[field]} /> : null}
      </div>
    );
  }

  function consent(field: "eligibility" | "terms" | "privacy" | "publication") {
    const links = {
      terms: (chunks: React.ReactNode) => (
        <Link href="/terms" target="_blank" className="underline">
          {chunks}
          <span className="sr-only">{t("newTab")}</span>
        </Link>
      ),
      privacy: (chunks: React.ReactNode) => (
        <Link href="/privacy" target="_blank" className="underline">
          {chunks}
          <span className="sr-only">{t("newTab")}</span>
        </Link>
      ),
    };
    return (
      <div>
        <FieldError field={field} message={errorOf(field)} />
        <div className="flex items-start gap-3">
          <input
            {...a11y(field, { hint: false })}
            type="checkbox"
            defaultChecked={values[field]}
            aria-required
            className="mt-1.5 size-5 shrink-0 accent-ink"
          />
          <label htmlFor={fieldIds(field).control}>{t.rich(`consents.${field}`, links)}</label>
        </div>
      </div>
    );
  }

  return (
    <form
      ref={formRef}
      action={action}
      onSubmit={handleSubmit}
      onChange={handleChange}
      onBlur={handleBlur}
      noValidate
      aria-labelledby="entry-form-title"
      className="space-y-8"
    >
      <h2 id="entry-form-title" className="sr-only">
        {t("submit")}
      </h2>
      <input type="hidden" name="formToken" value={token} />
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>

      {draft.offered ? (
        <div className="flex flex-wrap items-center gap-3 rounded-lg bg-course-soft px-4 py-3" data-testid="draft-offer">
          <p className="font-medium">
            {t("draft.found", { savedAt: jst(new Date(draft.offered.savedAt)) })}
          </p>
          <button type="button" onClick={draft.restore} className="rounded-full bg-ink px-4 py-1.5 font-semibold text-white hover:bg-ink-soft">
            {t("draft.restore")}
          </button>
          <button type="button" onClick={draft.discard} className="rounded-full border-2 border-ink px-4 py-1 font-semibold hover:bg-ink hover:text-white">
            {t("draft.discard")}
          </button>
        </div>
      ) : null}

      {result?.status === "refused" && result.reason ? (
        <div ref={refusalRef} tabIndex={-1} role="alert" className="rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-3" data-testid="entry-refusal">
          <p className="font-semibold">{t(`refusals.${result.reason}`, { reference: result.firstReference ?? "" })}</p>
          {result.campaign ? (
            <p className="mt-1">
              <CampaignStateMessage state={result.campaign} />
            </p>
          ) : null}
          {result.photoDropped ? <p className="mt-1">{t("photoAgain")}</p> : null}
        </div>
      ) : null}

      {showSummary && errorCount > 0 ? (
        <div role="alert" className="rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-3" data-testid="entry-error-summary">
          <p className="font-semibold">{t("summary", { count: errorCount })}</p>
          <ul className="mt-1 list-disc pl-5">
            {ENTRY_FIELDS.filter((field) => errors[field]).map((field) => (
              <li key={field}>
                <a href={`#${fieldIds(field).control}`} className="underline">
                  {errorOf(field)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <p className="text-sm text-ink-soft">{t("draft.autosave")}</p>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-bold">{t("sections.you")}</legend>
        {textField("name", { autoComplete: "name", hint: t("fields.name.hint") })}
        {textField("email", { type: "email", autoComplete: "email", inputMode: "email", hint: t("fields.email.hint") })}
        {textField("penName", { autoComplete: "nickname", hint: t("fields.penName.hint", { max: LIMITS.penName }) })}
        {textField("country", { autoComplete: "country-name", hint: t("fields.country.hint") })}
        <div>
          <label htmlFor={fieldIds("role").control} className="font-semibold">
            {t("fields.role.label")}
            <RequirementBadge required />
          </label>
          <FieldError field="role" message={errorOf("role")} />
          <select {...a11y("role")} defaultValue={values.role} aria-required className={controlClass}>
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

      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-bold">{t("sections.story")}</legend>
        {textField("connectedWith", { hint: t("fields.connectedWith.hint") })}
        {textField("title", { hint: t("fields.title.hint", { max: LIMITS.title }) })}
        <div>
          <label htmlFor={fieldIds("story").control} className="font-semibold">
            {t("fields.story.label")}
            <RequirementBadge required />
          </label>
          <FieldError field="story" message={errorOf("story")} />
          <textarea {...a11y("story", { count: true })} defaultValue={values.story} rows={14} aria-required className={controlClass} />
          <FieldHint field="story">{t("fields.story.hint", { min: LIMITS.storyMin, max: LIMITS.storyMax })}</FieldHint>
          <CharacterCount field="story" count={counts.story ?? 0} min={LIMITS.storyMin} max={LIMITS.storyMax} />
        </div>
        {textField("myTokyoMarathonIs", { hint: t("fields.myTokyoMarathonIs.hint", { max: LIMITS.myTokyoMarathonIs }) })}
        {textField("km", { inputMode: "numeric", required: false, hint: t("fields.km.hint"), suffix: t("fields.km.unit") })}
        {interviews.length > 0 ? (
          <div>
            <label htmlFor={fieldIds("referencedInterviewId").control} className="font-semibold">
              {t("fields.referencedInterviewId.label")}
              <RequirementBadge required={false} />
            </label>
            <FieldError field="referencedInterviewId" message={errorOf("referencedInterviewId")} />
            <select {...a11y("referencedInterviewId")} defaultValue={values.referencedInterviewId} className={controlClass}>
              <option value="">{t("fields.referencedInterviewId.none")}</option>
              {interviews.map((season) => (
                <optgroup key={season.slug} label={season.title}>
                  {season.interviews.map((interview) => (
                    <option key={interview.id} value={String(interview.id)}>
                      {t("fields.referencedInterviewId.option", { km: interview.km, title: interview.title })}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            <FieldHint field="referencedInterviewId">{t("fields.referencedInterviewId.hint")}</FieldHint>
          </div>
        ) : null}
        <div>
          <label htmlFor={fieldIds("photo").control} className="font-semibold">
            {t("fields.photo.label")}
            <RequirementBadge required={false} />
          </label>
          <FieldError field="photo" message={errorOf("photo")} />
          {result?.photoDropped ? <p className="mt-1 text-sm font-semibold text-course">{t("photoAgain")}</p> : null}
          <input {...a11y("photo")} type="file" accept={PHOTO_TYPES.join(",")} className={controlClass} />
          <FieldHint field="photo">{t("fields.photo.hint")}</FieldHint>
        </div>
        <fieldset aria-describedby={errors.language ? fieldIds("language").error : undefined}>
          <legend className="font-semibold">
            {t("fields.language.label")}
            <RequirementBadge required />
          </legend>
          <FieldError field="language" message={errorOf("language")} />
          <div className="mt-1 flex gap-6">
            {LANGUAGES.map((language) => (
              <label key={language} className="flex items-center gap-2">
                <input type="radio" name="language" value={language} defaultChecked={values.language === language} className="size-5 accent-ink" />
                <span lang={language}>{t(`languages.${language}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-xl font-bold">{t("sections.consents")}</legend>
        {consent("eligibility")}
        {consent("terms")}
        {consent("privacy")}
        {consent("publication")}
      </fieldset>

      <div
        className={result?.reason === "honeypot" ? "space-y-1" : "absolute -left-[10000px] h-px w-px overflow-hidden"}
        aria-hidden={result?.reason === "honeypot" ? undefined : true}
      >
        <label htmlFor="entry-leave-empty">{t("honeypot")}</label>
        <input id="entry-leave-empty" name="leave_empty" type="text" tabIndex={-1} autoComplete="off" defaultValue="" className={controlClass} />
      </div>

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
