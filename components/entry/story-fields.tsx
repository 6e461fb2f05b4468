"use client";

import { useTranslations } from "next-intl";
import type { SeasonOptions } from "@/lib/entries/interviews";
import { LANGUAGES, MAX_CHARACTERS, PHOTO_TYPES, STORY_MIN_CHARACTERS } from "@/lib/validation/entry-fields";
import { CharacterCount } from "./character-count";
import type { FieldState } from "./field-state";
import { controlClass, FieldError, FieldHint, fieldIds, RequirementBadge } from "./form-controls";
import { TextField } from "./text-field";

/** The story itself and what goes with it: title, km mark, relay story, photo, language. */
export function StoryFields({ state, interviews, photoDropped }: { state: FieldState; interviews: SeasonOptions[]; photoDropped: boolean }) {
  const t = useTranslations("EntryForm");
  const { values, errors } = state;
  return (
    <fieldset className="space-y-5">
      <legend className="mb-2 text-xl font-bold">{t("sections.story")}</legend>
      <TextField field="connectedWith" state={state} hint={t("fields.connectedWith.hint")} />
      <TextField field="title" state={state} hint={t("fields.title.hint", { max: MAX_CHARACTERS.title })} />
      <div>
        <label htmlFor={fieldIds("story").control} className="font-semibold">
          {t("fields.story.label")}
          <RequirementBadge required />
        </label>
        <FieldError field="story" message={state.errorOf("story")} />
        <textarea {...state.a11y("story", { count: true })} defaultValue={values.story} rows={14} aria-required dir="auto" className={controlClass} />
        <FieldHint field="story">{t("fields.story.hint", { min: STORY_MIN_CHARACTERS, max: MAX_CHARACTERS.story })}</FieldHint>
        <CharacterCount field="story" count={state.counts.story} min={STORY_MIN_CHARACTERS} max={MAX_CHARACTERS.story} />
      </div>
      <TextField field="myTokyoMarathonIs" state={state} hint={t("fields.myTokyoMarathonIs.hint", { max: MAX_CHARACTERS.myTokyoMarathonIs })} />
      <TextField field="km" state={state} inputMode="numeric" required={false} hint={t("fields.km.hint")} suffix={t("fields.km.unit")} />
      {interviews.length > 0 ? (
        <div>
          <label htmlFor={fieldIds("referencedInterviewId").control} className="font-semibold">
            {t("fields.referencedInterviewId.label")}
            <RequirementBadge required={false} />
          </label>
          <FieldError field="referencedInterviewId" message={state.errorOf("referencedInterviewId")} />
          {/* Keyed by its value for the same reason as the role (about-you-fields.tsx). */}
          <select
            key={values.referencedInterviewId}
            {...state.a11y("referencedInterviewId")}
            defaultValue={values.referencedInterviewId}
            className={controlClass}
          >
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
        <FieldError field="photo" message={state.errorOf("photo")} />
        {photoDropped ? <p className="mt-1 text-sm font-semibold text-course">{t("photoAgain")}</p> : null}
        <input {...state.a11y("photo")} type="file" accept={PHOTO_TYPES.join(",")} className={controlClass} />
        <FieldHint field="photo">{t("fields.photo.hint")}</FieldHint>
      </div>
      <fieldset aria-describedby={errors.language ? fieldIds("language").error : undefined}>
        <legend className="font-semibold">
          {t("fields.language.label")}
          <RequirementBadge required />
        </legend>
        <FieldError field="language" message={state.errorOf("language")} />
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
  );
}
