import { randomUUID } from "node:crypto";
import { CONSENT_TEXT_VERSIONS } from "@/content/legal/versions";
import type { AppLocale } from "@/i18n/routing";
import type { CampaignState } from "@/lib/campaign/state";
import type { Queryable } from "@/lib/db/queryable";
import { echoValues, readEntryForm, validateEntry, type EntryValues, type FieldErrors } from "@/lib/validation/entry";
import { admitSubmission, clientKey } from "./admission";
import { issueFormToken, readFormToken } from "./form-token";
import { reencodePhoto, UnreadablePhotoError, type StoredPhoto } from "./photo";
import { newReference } from "./reference";
import { receiptFor, storeEntry, type Receipt } from "./store";

/** Name of the field people never see and bots fill in. */
export const HONEYPOT_FIELD = "leave_empty";
export const TOKEN_FIELD = "formToken";

export type RefusalReason =
  | "formNotRecognised"
  | "honeypot"
  | "tooFast"
  | "rateLimited"
  | "windowClosed"
  | "emailAlreadyUsed"
  | "unavailable";

/** A submission that stored nothing: the form is shown again, filled in. */
export type UnsuccessfulState = {
  /** "invalid": field errors; "refused": the fields were fine but `reason` stopped the entry. */
  status: "invalid" | "refused";
  reason?: RefusalReason;
  errors: FieldErrors;
  values: EntryValues;
  /** The token the form must carry next: the same one, so a retry stays the same entry. */
  token: string;
  /** A photo was chosen: browsers cannot keep it, so it must be chosen again. */
  photoDropped: boolean;
  /** With emailAlreadyUsed: the reference of the entry already received. */
  firstReference?: string;
  /** With windowClosed: where the campaign stands now. */
  campaign?: CampaignState;
};

/** The form's state between submissions (useActionState); also what a no-JavaScript POST renders. */
export type EntryFormState =
  | { status: "idle" }
  | UnsuccessfulState
  | { status: "stored"; receipt: Receipt; alreadyStored: boolean };

export type SubmissionContext = {
  db: Queryable;
  now: Date;
  locale: AppLocale;
  clientAddress: string;
  settings: { secret: string; minimumFillMs: number; rateLimitPerHour: number };
  composeConfirmation: (locale: AppLocale, name: string, receipt: Receipt) => { subject: string; text: string };
  campaignState: () => Promise<CampaignState>;
};

const MAX_REFERENCE_DRAWS = 3;

/**
 * Everything the entry server action does, given its request: checks (cheapest first), then one
 * write. Nothing is stored unless every check passes; every refusal keeps what was typed.
 */
export async function handleSubmission(form: FormData, context: SubmissionContext): Promise<EntryFormState> {
  const { now, settings } = context;
  const rawToken = form.get(TOKEN_FIELD);
  const token = readFormToken(rawToken, settings.secret);
  const submittedPhoto = form.get("photo");
  const unsuccessful = (
    outcome: Pick<UnsuccessfulState, "reason" | "firstReference" | "campaign"> & { errors?: FieldErrors },
  ): UnsuccessfulState => ({
    status: outcome.reason ? "refused" : "invalid",
    errors: {},
    values: echoValues(form),
    token: token ? (rawToken as string) : issueFormToken(now, settings.secret),
    photoDropped: submittedPhoto instanceof Blob && submittedPhoto.size > 0,
    ...outcome,
  });

  if (!token) return unsuccessful({ reason: "formNotRecognised" });
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot !== "") return unsuccessful({ reason: "honeypot" });
  if (now.getTime() - token.renderedAt < settings.minimumFillMs) return unsuccessful({ reason: "tooFast" });

  const validation = validateEntry(readEntryForm(form));
  if (!validation.success) return unsuccessful({ errors: validation.errors });
  const input = validation.data;

  try {
    const admission = await admitSubmission(context.db, { key: clientKey(context.clientAddress, settings.secret), now });
    if (admission.attemptsThisHour > settings.rateLimitPerHour) return unsuccessful({ reason: "rateLimited" });
    if (admission.windowNumber === null) {
      return unsuccessful({ reason: "windowClosed", campaign: await context.campaignState() });
    }

    let photo: StoredPhoto | null = null;
    if (input.photo) {
      try {
        photo = await reencodePhoto(new Uint8Array(await input.photo.arrayBuffer()));
      } catch (error) {
        if (error instanceof UnreadablePhotoError) return unsuccessful({ errors: { photo: "wrongType" } });
        throw error;
      }
    }

    const consents = Object.entries(CONSENT_TEXT_VERSIONS).map(([kind, textVersion]) => ({
      kind: kind as keyof typeof CONSENT_TEXT_VERSIONS,
      textVersion,
    }));
    for (let draw = 0; draw < MAX_REFERENCE_DRAWS; draw++) {
      const entry = {
        id: randomUUID(),
        reference: newReference(admission.windowNumber),
        windowNumber: admission.windowNumber,
        submissionKey: token.submissionKey,
        input,
        photo,
        now,
      };
      const receipt = receiptFor(entry);
      const outcome = await storeEntry(context.db, {
        ...entry,
        consents,
        confirmation: context.composeConfirmation(context.locale, input.name, receipt),
      });
      switch (outcome.kind) {
        case "stored":
          return { status: "stored", receipt, alreadyStored: false };
        case "alreadyStored":
          return { status: "stored", receipt: outcome.receipt, alreadyStored: true };
        case "emailAlreadyUsed":
          return unsuccessful({ reason: "emailAlreadyUsed", firstReference: outcome.reference });
        case "windowClosed":
          return unsuccessful({ reason: "windowClosed", campaign: await context.campaignState() });
        case "interviewNotFound":
          return unsuccessful({ errors: { referencedInterviewId: "invalid" } });
        case "referenceTaken":
          continue;
      }
    }
    throw new Error(`No free reference after ${MAX_REFERENCE_DRAWS} draws`);
  } catch (error) {
    console.error("[entries] could not store an entry:", error instanceof Error ? error.message : error);
    return unsuccessful({ reason: "unavailable" });
  }
}
