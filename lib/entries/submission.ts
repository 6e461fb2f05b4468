import "server-only";
import { randomUUID } from "node:crypto";
import { CONSENT_TEXT_VERSIONS } from "@/content/legal/versions";
import type { AppLocale } from "@/i18n/routing";
import type { CampaignState } from "@/lib/campaign/state";
import type { Queryable } from "@/lib/db/queryable";
import type { RenderedMail } from "@/lib/mail/layout";
import { enqueueCappedEmail, hourBucket, recipientKey } from "@/lib/mail/recipient-cap";
import { echoValues, rawTextErrors, validateEntry } from "@/lib/validation/entry";
import { HONEYPOT_FIELD, readEntryForm, TOKEN_FIELD, type FieldErrors } from "@/lib/validation/entry-fields";
import { admitSubmission, clientKey } from "./admission";
import { codeHash, confirmationUrl, linkHash, newConfirmationSecrets, type NewLinkMails } from "./confirmation";
import { entrantLinkHash, entrantPageUrl, issueEntrantLink, newEntrantSecret } from "./entrant-page";
import { asJson, type EntryFormState, type UnsuccessfulState } from "./form-state";
import { issueFormToken, readFormToken } from "./form-token";
import { PhotoTooLargeError, reencodePhoto, UnreadablePhotoError, type StoredPhoto } from "./photo";
import { newReference } from "./reference";
import { receiptFor, storeEntry, type Receipt } from "./store";

export type SubmissionContext = {
  db: Queryable;
  now: Date;
  locale: AppLocale;
  clientAddress: string;
  settings: {
    secret: string;
    minimumFillMs: number;
    formMaxAgeMs: number;
    rateLimitPerHour: number;
    confirmationGraceMs: number;
    mailsPerRecipientPerHour: number;
  };
  mails: {
    confirmation: (
      locale: AppLocale,
      name: string,
      receipt: Receipt,
      confirm: { url: string; code: string; pageUrl: string },
    ) => RenderedMail;
    alreadyEntered: NewLinkMails["alreadyEntered"];
  };
  campaignState: () => Promise<CampaignState>;
};

const MAX_REFERENCE_DRAWS = 3;

/**
 * Everything the entry server action does, given its request: checks, cheapest first (token,
 * honeypot, fill time, field sizes, then the attempt is counted against the rate limit before
 * any costly work: validation, photo decoding), then one write. Nothing is stored unless every
 * check passes; every refusal keeps what was typed.
 */
export async function handleSubmission(form: FormData, context: SubmissionContext): Promise<EntryFormState> {
  const { now, settings } = context;
  const rawToken = form.get(TOKEN_FIELD);
  const token = readFormToken(rawToken, settings.secret);
  const expired = token !== null && now.getTime() - token.renderedAt > settings.formMaxAgeMs;
  const submittedPhoto = form.get("photo");
  // A renewed token counts as filled in already: the person spent their time on the form they had.
  const freshToken = () =>
    issueFormToken(new Date(now.getTime() - settings.minimumFillMs), settings.secret, token?.submissionKey);
  const unsuccessful = (
    outcome: Pick<UnsuccessfulState, "reason" | "campaign"> & { errors?: FieldErrors },
  ): UnsuccessfulState => ({
    status: outcome.reason ? "refused" : "invalid",
    errors: {},
    values: echoValues(form),
    token: token && !expired ? (rawToken as string) : freshToken(),
    photoDropped: submittedPhoto instanceof Blob && submittedPhoto.size > 0,
    ...outcome,
  });

  if (!token) return unsuccessful({ reason: "formNotRecognised" });
  if (expired) return unsuccessful({ reason: "formExpired" });
  const honeypot = form.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot !== "") return unsuccessful({ reason: "honeypot" });
  if (now.getTime() - token.renderedAt < settings.minimumFillMs) return unsuccessful({ reason: "tooFast" });
  const oversize = rawTextErrors(form);
  if (Object.keys(oversize).length > 0) return unsuccessful({ errors: oversize });

  try {
    const admission = await admitSubmission(context.db, { key: clientKey(context.clientAddress, settings.secret), now });
    if (admission.attemptsThisHour > settings.rateLimitPerHour) return unsuccessful({ reason: "rateLimited" });
    if (admission.windowNumber === null) {
      return unsuccessful({ reason: "windowClosed", campaign: asJson(await context.campaignState()) });
    }

    const validation = validateEntry(readEntryForm(form));
    if (!validation.success) return unsuccessful({ errors: validation.errors });
    const input = validation.data;

    let photo: StoredPhoto | null = null;
    if (input.photo) {
      try {
        photo = await reencodePhoto(new Uint8Array(await input.photo.arrayBuffer()));
      } catch (error) {
        if (error instanceof PhotoTooLargeError) return unsuccessful({ errors: { photo: "tooManyPixels" } });
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
      const secrets = newConfirmationSecrets();
      const pageLink = newEntrantSecret();
      const mail = context.mails.confirmation(context.locale, input.name, receipt, {
        url: confirmationUrl(context.locale, secrets.link),
        code: secrets.code,
        pageUrl: entrantPageUrl(context.locale, pageLink),
      });
      const mailLimits = { now, secret: settings.secret, cap: settings.mailsPerRecipientPerHour };
      const outcome = await storeEntry(context.db, {
        ...entry,
        consents,
        confirmation: {
          ...mail,
          linkHash: linkHash(secrets.link),
          codeHash: codeHash(entry.reference, secrets.code),
          entrantLinkHash: entrantLinkHash(pageLink),
        },
        mailLimits: {
          recipientKey: recipientKey(input.email, settings.secret),
          hourBucket: hourBucket(now),
          cap: settings.mailsPerRecipientPerHour,
          graceMs: settings.confirmationGraceMs,
        },
      });
      switch (outcome.kind) {
        case "stored":
          // The page answers the same either way; only the mailbox learns the address had entered.
          if (outcome.confirmedReference) {
            const pageUrl = entrantPageUrl(context.locale, await issueEntrantLink(context.db, outcome.confirmedReference, now));
            const already = context.mails.alreadyEntered(context.locale, { reference: outcome.confirmedReference, windowNumber: entry.windowNumber, pageUrl });
            await enqueueCappedEmail(context.db, { to: input.email, entryId: null, ...already }, mailLimits);
          }
          return { status: "stored", receipt: asJson(receipt), alreadyStored: false };
        case "alreadyStored":
          return { status: "stored", receipt: asJson(outcome.receipt), alreadyStored: true };
        case "windowClosed":
          return unsuccessful({ reason: "windowClosed", campaign: asJson(await context.campaignState()) });
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
