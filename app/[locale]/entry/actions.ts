"use server";

import { hasLocale } from "next-intl";
import { headers } from "next/headers";
import { routing, type AppLocale } from "@/i18n/routing";
import { getSchedule } from "@/lib/campaign/queries";
import { stateAt } from "@/lib/campaign/state";
import { pool } from "@/lib/db/client";
import { clientAddress } from "@/lib/entries/admission";
import { entrySettings } from "@/lib/entries/config";
import { handleConfirmation, handleNewLinkRequest, type ConfirmState, type NewLinkState } from "@/lib/entries/confirmation-forms";
import type { EntryFormState } from "@/lib/entries/form-state";
import { handleSubmission } from "@/lib/entries/submission";
import { ENTRANT_MAILS } from "@/lib/mail/entry-confirmation";

// The locale is bound by the page: actions cannot read root params.
function knownLocale(locale: string): AppLocale {
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

async function requestClientAddress(): Promise<string> {
  return clientAddress((await headers()).get("x-forwarded-for"));
}

/** The entry form's action. */
export async function submitEntry(locale: string, _previous: EntryFormState, form: FormData): Promise<EntryFormState> {
  return handleSubmission(form, {
    db: pool(),
    now: new Date(),
    locale: knownLocale(locale),
    clientAddress: await requestClientAddress(),
    settings: entrySettings(),
    mails: ENTRANT_MAILS,
    campaignState: async () => stateAt(await getSchedule(), new Date()),
  });
}

/** The confirm button of a mailed link, and the receipt's code form. */
export async function confirmEntry(_previous: ConfirmState, form: FormData): Promise<ConfirmState> {
  return handleConfirmation(form, { db: pool(), now: new Date() });
}

/** "Send me a new link". */
export async function sendNewLink(locale: string, _previous: NewLinkState, form: FormData): Promise<NewLinkState> {
  return handleNewLinkRequest(form, {
    db: pool(),
    now: new Date(),
    locale: knownLocale(locale),
    clientAddress: await requestClientAddress(),
    settings: entrySettings(),
    mails: ENTRANT_MAILS,
  });
}
