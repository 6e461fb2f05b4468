/**
 * The story entry form: one schema for the browser (inline errors before sending) and the server
 * action (the only check that counts). Error messages are codes; components translate them. The
 * fields, limits and codes are in ./entry-fields.ts, which the form renders from without zod.
 */
import { z } from "zod";
import {
  ERROR_CODES,
  KM_MAX,
  LANGUAGES,
  MAX_CHARACTERS,
  PHOTO_MAX_BYTES,
  PHOTO_TYPES,
  ROLES,
  STORY_MIN_CHARACTERS,
  TEXT_FIELDS,
  CONSENT_FIELDS,
  type EntryField,
  type EntryValues,
  type ErrorCode,
  type FieldErrors,
  type TextField,
  type TextLimitedField,
} from "./entry-fields";
import {
  hasAtLeastCharacters,
  hasAtMostCharacters,
  hasDirectionControls,
  hasTooManyMarks,
  normalizeMultiline,
  normalizeSingleLine,
  unitBudget,
} from "./text";

// The site's Content-Security-Policy allows no eval; without this, zod probes `new Function` on
// first use and the browser reports a policy violation (the schema runs in the entrant's browser).
z.config({ jitless: true });

const asString = (value: unknown) => (typeof value === "string" ? value : "");
// Numbers need only a few characters; anything longer is refused without being normalized.
const SHORT_INPUT_UNITS = 32;
/** Full-width digits and letters typed through a Japanese IME become ASCII. */
const asOptionalAscii = (value: unknown) => {
  if (typeof value !== "string") return undefined;
  const text = (value.length > SHORT_INPUT_UNITS ? value : value.normalize("NFKC")).trim();
  return text === "" ? undefined : text;
};

/**
 * Why raw text is refused before it is normalized or counted, reading at most its unit budget:
 * direction controls, a character with too many marks, or more code units than the field can need.
 */
export function rawTextProblem(raw: string, maxCharacters: number): ErrorCode | null {
  const budget = unitBudget(maxCharacters);
  const head = raw.length > budget ? raw.slice(0, budget) : raw;
  if (hasDirectionControls(head)) return "directionControl";
  if (hasTooManyMarks(head)) return "tooManyMarks";
  return raw.length > budget ? "tooLong" : null;
}

/** Text checked raw and bounded first (rawTextProblem), then normalized, then counted by `counted`. */
function text(maxCharacters: number, normalize: (text: string) => string, counted: z.ZodType<string, string>) {
  return z.preprocess(
    asString,
    z
      .string()
      .superRefine((raw, context) => {
        const problem = rawTextProblem(raw, maxCharacters);
        if (problem) context.addIssue({ code: "custom", message: problem, continue: false });
      })
      .transform(normalize)
      .pipe(counted),
  );
}

function line(max: number) {
  return text(
    max,
    normalizeSingleLine,
    z
      .string()
      .min(1, { error: "required", abort: true })
      .refine((value) => hasAtMostCharacters(value, max), { error: "tooLong" }),
  );
}

function choice<const T extends readonly [string, ...string[]]>(options: T) {
  return z.preprocess((value) => (value === "" ? undefined : value), z.enum(options, { error: "required" }));
}

const agreed = z.preprocess((value) => value === "on", z.literal(true, { error: "mustAgree" }));

const photo = z.preprocess(
  (value) => (typeof Blob !== "undefined" && value instanceof Blob && value.size > 0 ? value : undefined),
  z
    .custom<Blob>((value) => value instanceof Blob)
    .refine((file) => file.size <= PHOTO_MAX_BYTES, { error: "tooLarge", abort: true })
    // The browser's word for the type; the server also decodes the bytes (lib/entries/photo.ts).
    .refine((file) => (PHOTO_TYPES as readonly string[]).includes(file.type), { error: "wrongType" })
    .optional(),
);

export const entrySchema = z.object({
  name: line(MAX_CHARACTERS.name),
  email: text(
    MAX_CHARACTERS.email,
    (value) => normalizeSingleLine(value).normalize("NFKC"),
    z
      .string()
      .min(1, { error: "required", abort: true })
      .max(MAX_CHARACTERS.email, { error: "tooLong", abort: true })
      .pipe(z.email({ error: "invalid" })),
  ),
  penName: line(MAX_CHARACTERS.penName),
  country: line(MAX_CHARACTERS.country),
  role: choice(ROLES),
  connectedWith: line(MAX_CHARACTERS.connectedWith),
  title: line(MAX_CHARACTERS.title),
  story: text(
    MAX_CHARACTERS.story,
    normalizeMultiline,
    z
      .string()
      .min(1, { error: "required", abort: true })
      .refine((value) => hasAtLeastCharacters(value, STORY_MIN_CHARACTERS), { error: "tooShort", abort: true })
      .refine((value) => hasAtMostCharacters(value, MAX_CHARACTERS.story), { error: "tooLong" }),
  ),
  myTokyoMarathonIs: line(MAX_CHARACTERS.myTokyoMarathonIs),
  km: z.preprocess(
    asOptionalAscii,
    z
      .string()
      .regex(/^\d{1,2}$/, { error: "invalid" })
      .transform(Number)
      .refine((km) => km <= KM_MAX, { error: "invalid" })
      .optional(),
  ),
  referencedInterviewId: z.preprocess(
    asOptionalAscii,
    z.string().regex(/^[1-9]\d{0,8}$/, { error: "invalid" }).transform(Number).optional(),
  ),
  photo,
  language: choice(LANGUAGES),
  eligibility: agreed,
  terms: agreed,
  privacy: agreed,
  publication: agreed,
} satisfies Record<EntryField, z.ZodType>);

export type EntryInput = z.output<typeof entrySchema>;

const KNOWN_CODES = new Set<string>(ERROR_CODES);

export type EntryValidation = { success: true; data: EntryInput } | { success: false; errors: FieldErrors };

/** Validates raw form values; reports the first problem of each field as a code. */
export function validateEntry(raw: Partial<Record<EntryField, unknown>>): EntryValidation {
  const result = entrySchema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as EntryField;
    errors[field] ??= KNOWN_CODES.has(issue.message) ? (issue.message as ErrorCode) : "invalid";
  }
  return { success: false, errors };
}

/**
 * The cheap part of validation on its own: fields whose raw text is refused before normalizing or
 * counting (see rawTextProblem). The server checks this before counting the attempt.
 */
export function rawTextErrors(form: FormData): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, max] of Object.entries(MAX_CHARACTERS) as [TextLimitedField, number][]) {
    const value = form.get(field);
    const problem = typeof value === "string" ? rawTextProblem(value, max) : null;
    if (problem) errors[field] = problem;
  }
  return errors;
}

// Bounds what a hostile request can make the server send back; twice what any field can accept,
// so nothing a person typed is cut.
const echoLimit = (field: TextField) =>
  field in MAX_CHARACTERS ? 2 * unitBudget(MAX_CHARACTERS[field as TextLimitedField]) : SHORT_INPUT_UNITS;

export function echoValues(form: FormData): EntryValues {
  const text = Object.fromEntries(
    TEXT_FIELDS.map((field) => {
      const value = form.get(field);
      return [field, typeof value === "string" ? value.slice(0, echoLimit(field)) : ""];
    }),
  );
  const consents = Object.fromEntries(CONSENT_FIELDS.map((field) => [field, form.get(field) === "on"]));
  return { ...text, ...consents } as EntryValues;
}
