"use server";

import { hasLocale } from "next-intl";
import { headers } from "next/headers";
import { routing } from "@/i18n/routing";
import { getSchedule } from "@/lib/campaign/queries";
import { stateAt } from "@/lib/campaign/state";
import { pool } from "@/lib/db/client";
import { clientAddress } from "@/lib/entries/admission";
import { formMaxAgeMs, formSecret, minimumFillMs, rateLimitPerHour } from "@/lib/entries/config";
import type { EntryFormState } from "@/lib/entries/form-state";
import { handleSubmission } from "@/lib/entries/submission";
import { composeConfirmationEmail } from "@/lib/mail/entry-confirmation";

/** The entry form's action. The locale is bound by the page: actions cannot read root params. */
export async function submitEntry(locale: string, _previous: EntryFormState, form: FormData): Promise<EntryFormState> {
  const requestHeaders = await headers();
  return handleSubmission(form, {
    db: pool(),
    now: new Date(),
    locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    clientAddress: clientAddress(requestHeaders.get("x-forwarded-for")),
    settings: {
      secret: formSecret(),
      minimumFillMs: minimumFillMs(),
      formMaxAgeMs: formMaxAgeMs(),
      rateLimitPerHour: rateLimitPerHour(),
    },
    composeConfirmation: composeConfirmationEmail,
    campaignState: async () => stateAt(await getSchedule(), new Date()),
  });
}
