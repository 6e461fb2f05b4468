/**
 * The story entry form's fields, limits and error codes, without the schema: what the form's
 * components need to render, so the browser loads zod (lib/validation/entry.ts) only when the
 * entrant starts filling in the form.
 */
export const ROLES = ["runner", "volunteer", "spectator", "charity", "coach", "staff", "other"] as const;
export const LANGUAGES = ["ja", "en"] as const;

/** Names of the form's two hidden fields: the signed token and the one people never see and bots fill in. */
export const TOKEN_FIELD = "formToken";
export const HONEYPOT_FIELD = "leave_empty";

/** The most characters each text field holds, as a person counts them (see countCharacters). */
export const MAX_CHARACTERS = {
  name: 100,
  email: 254,
  penName: 40,
  country: 60,
  connectedWith: 100,
  title: 60,
  story: 4000,
  myTokyoMarathonIs: 40,
} as const;
export type TextLimitedField = keyof typeof MAX_CHARACTERS;
export const STORY_MIN_CHARACTERS = 200;
export const KM_MAX = 42;

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

export const ERROR_CODES = [
  "required",
  "tooLong",
  "tooShort",
  "invalid",
  "mustAgree",
  "tooLarge",
  "wrongType",
  "tooManyPixels",
  "tooManyMarks",
  "directionControl",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
/** Codes about how text is written rather than what it says: one message for every text field. */
export const TEXT_ERROR_CODES = ["tooManyMarks", "directionControl"] as const satisfies readonly ErrorCode[];

/** Every field of the form, in the order it shows them (the schema has exactly these keys). */
export const ENTRY_FIELDS = [
  "name",
  "email",
  "penName",
  "country",
  "role",
  "connectedWith",
  "title",
  "story",
  "myTokyoMarathonIs",
  "km",
  "referencedInterviewId",
  "photo",
  "language",
  "eligibility",
  "terms",
  "privacy",
  "publication",
] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];
export type FieldErrors = Partial<Record<EntryField, ErrorCode>>;

export const CONSENT_FIELDS = ["eligibility", "terms", "privacy", "publication"] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];
/** Fields whose typed text is echoed back after a refusal (everything but the photo and consents). */
export type TextField = Exclude<EntryField, ConsentField | "photo">;
export const TEXT_FIELDS = ENTRY_FIELDS.filter(
  (field): field is TextField => field !== "photo" && !(CONSENT_FIELDS as readonly string[]).includes(field),
);

/** What the entrant typed, as typed, so a refused form can be shown again filled in. */
export type EntryValues = Record<TextField, string> & Record<ConsentField, boolean>;

/** The schema's input, read from a submitted form. */
export function readEntryForm(form: FormData): Record<EntryField, FormDataEntryValue | null> {
  return Object.fromEntries(ENTRY_FIELDS.map((field) => [field, form.get(field)])) as Record<
    EntryField,
    FormDataEntryValue | null
  >;
}
