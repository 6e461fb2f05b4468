/**
 * The story entry form: one schema for the browser (inline errors before sending) and the server
 * action (the only check that counts). Error messages are codes; components translate them.
 */
import { z } from "zod";
import { hasAtLeastCharacters, hasAtMostCharacters, normalizeMultiline, normalizeSingleLine } from "./text";

export const ROLES = ["runner", "volunteer", "spectator", "charity", "coach", "staff", "other"] as const;
export const LANGUAGES = ["ja", "en"] as const;

/** Lengths in characters as a person counts them (see countCharacters). */
export const LIMITS = {
  name: 100,
  email: 254,
  penName: 40,
  country: 60,
  connectedWith: 100,
  title: 60,
  storyMin: 200,
  storyMax: 4000,
  myTokyoMarathonIs: 40,
  kmMax: 42,
} as const;

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;

export type ErrorCode = "required" | "tooLong" | "tooShort" | "invalid" | "mustAgree" | "tooLarge" | "wrongType";

const asSingleLine = (value: unknown) => (typeof value === "string" ? normalizeSingleLine(value) : "");
const asMultiline = (value: unknown) => (typeof value === "string" ? normalizeMultiline(value) : "");
/** Full-width digits and letters typed through a Japanese IME become ASCII. */
const asOptionalAscii = (value: unknown) => {
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").trim();
  return text === "" ? undefined : text;
};

function line(max: number) {
  return z.preprocess(
    asSingleLine,
    z
      .string()
      .min(1, { error: "required", abort: true })
      .refine((text) => hasAtMostCharacters(text, max), { error: "tooLong" }),
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
  name: line(LIMITS.name),
  email: z.preprocess(
    (value) => asSingleLine(value).normalize("NFKC"),
    z
      .string()
      .min(1, { error: "required", abort: true })
      .max(LIMITS.email, { error: "tooLong", abort: true })
      .pipe(z.email({ error: "invalid" })),
  ),
  penName: line(LIMITS.penName),
  country: line(LIMITS.country),
  role: choice(ROLES),
  connectedWith: line(LIMITS.connectedWith),
  title: line(LIMITS.title),
  story: z.preprocess(
    asMultiline,
    z
      .string()
      .min(1, { error: "required", abort: true })
      .refine((text) => hasAtLeastCharacters(text, LIMITS.storyMin), { error: "tooShort", abort: true })
      .refine((text) => hasAtMostCharacters(text, LIMITS.storyMax), { error: "tooLong" }),
  ),
  myTokyoMarathonIs: line(LIMITS.myTokyoMarathonIs),
  km: z.preprocess(
    asOptionalAscii,
    z
      .string()
      .regex(/^\d{1,2}$/, { error: "invalid" })
      .transform(Number)
      .refine((km) => km <= LIMITS.kmMax, { error: "invalid" })
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
});

export type EntryInput = z.output<typeof entrySchema>;
export type EntryField = keyof typeof entrySchema.shape;
export type FieldErrors = Partial<Record<EntryField, ErrorCode>>;

export const ENTRY_FIELDS = Object.keys(entrySchema.shape) as EntryField[];
export const CONSENT_FIELDS = ["eligibility", "terms", "privacy", "publication"] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];
/** Fields whose typed text is echoed back after a refusal (everything but the photo and consents). */
export type TextField = Exclude<EntryField, ConsentField | "photo">;
export const TEXT_FIELDS = ENTRY_FIELDS.filter(
  (field): field is TextField => field !== "photo" && !(CONSENT_FIELDS as readonly string[]).includes(field),
);

const ERROR_CODES = new Set<string>(["required", "tooLong", "tooShort", "invalid", "mustAgree", "tooLarge", "wrongType"]);

export type EntryValidation = { success: true; data: EntryInput } | { success: false; errors: FieldErrors };

/** Validates raw form values; reports the first problem of each field as a code. */
export function validateEntry(raw: Partial<Record<EntryField, unknown>>): EntryValidation {
  const result = entrySchema.safeParse(raw);
  if (result.success) return { success: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0] as EntryField;
    errors[field] ??= ERROR_CODES.has(issue.message) ? (issue.message as ErrorCode) : "invalid";
  }
  return { success: false, errors };
}

/** The schema's input, read from a submitted form. */
export function readEntryForm(form: FormData): Record<EntryField, FormDataEntryValue | null> {
  return Object.fromEntries(ENTRY_FIELDS.map((field) => [field, form.get(field)])) as Record<
    EntryField,
    FormDataEntryValue | null
  >;
}

/** What the entrant typed, as typed, so a refused form can be shown again filled in. */
export type EntryValues = Record<TextField, string> & Record<ConsentField, boolean>;

// Bounds what a hostile request can make the server send back.
const ECHO_LIMIT = LIMITS.storyMax * 4;

export function echoValues(form: FormData): EntryValues {
  const text = Object.fromEntries(
    TEXT_FIELDS.map((field) => {
      const value = form.get(field);
      return [field, typeof value === "string" ? value.slice(0, ECHO_LIMIT) : ""];
    }),
  );
  const consents = Object.fromEntries(CONSENT_FIELDS.map((field) => [field, form.get(field) === "on"]));
  return { ...text, ...consents } as EntryValues;
}
