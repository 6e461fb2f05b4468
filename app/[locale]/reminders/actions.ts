"use server";

import { hasLocale } from "next-intl";
import { headers } from "next/headers";
import { routing, type AppLocale } from "@/i18n/routing";
import { pool } from "@/lib/db/client";
import { clientAddress } from "@/lib/entries/admission";
import { entrySettings } from "@/lib/entries/config";
import {
  handleReminderConfirm,
  handleReminderSignup,
  handleUnsubscribe,
  type ReminderConfirmState,
  type ReminderSignupState,
  type UnsubscribeState,
} from "@/lib/reminders/forms";

// The locale is bound by the page: actions cannot read root params.
function knownLocale(locale: string): AppLocale {
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

/** The landing page's sign-up; the subscriber's language is the page's. */
export async function signUpForReminders(locale: string, _previous: ReminderSignupState, form: FormData): Promise<ReminderSignupState> {
  return handleReminderSignup(form, {
    db: pool(),
    now: new Date(),
    locale: knownLocale(locale),
    clientAddress: clientAddress((await headers()).get("x-forwarded-for")),
    settings: entrySettings(),
  });
}

export async function confirmReminders(_previous: ReminderConfirmState, form: FormData): Promise<ReminderConfirmState> {
  return handleReminderConfirm(form, { db: pool(), now: new Date() });
}

export async function unsubscribeReminders(_previous: UnsubscribeState, form: FormData): Promise<UnsubscribeState> {
  const token = form.get("token");
  return handleUnsubscribe(typeof token === "string" ? token : "", { db: pool() });
}
