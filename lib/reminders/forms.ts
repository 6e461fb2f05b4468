import "server-only";
import type { AppLocale } from "@/i18n/routing";
import type { Queryable } from "@/lib/db/queryable";
import { admitSubmission, clientKey } from "@/lib/entries/admission";
import { reminderSignupSchema, reminderTokenSchema } from "@/lib/validation/reminder";
import { confirmReminderSubscription, subscribeToReminders, unsubscribeFromReminders, type ReminderConfirmOutcome } from "./subscriptions";

export type ReminderSignupState = { status: "idle" | "sent" } | { status: "invalid" | "rateLimited" | "unavailable"; email: string };
export type ReminderConfirmState = { status: "idle" | "unavailable" } | { status: "done"; outcome: ReminderConfirmOutcome };
export type UnsubscribeState = { status: "idle" | "unsubscribed" | "unknown" | "unavailable" };

type Settings = { secret: string; rateLimitPerHour: number; mailsPerRecipientPerHour: number };

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The landing page's sign-up: the same answer for every well-formed address. */
export async function handleReminderSignup(
  form: FormData,
  context: { db: Queryable; now: Date; locale: AppLocale; clientAddress: string; settings: Settings },
): Promise<ReminderSignupState> {
  const email = field(form, "email");
  const parsed = reminderSignupSchema.safeParse({ email });
  if (!parsed.success) return { status: "invalid", email };
  const { db, now, settings } = context;
  try {
    const admission = await admitSubmission(db, { key: clientKey(context.clientAddress, settings.secret), now });
    if (admission.attemptsThisHour > settings.rateLimitPerHour) return { status: "rateLimited", email };
    await subscribeToReminders(db, parsed.data.email, { locale: context.locale, now, secret: settings.secret, mailCap: settings.mailsPerRecipientPerHour });
    return { status: "sent" };
  } catch (error) {
    console.error("[reminders] could not sign up:", error instanceof Error ? error.message : error);
    return { status: "unavailable", email };
  }
}

/** The confirm button of the mailed link: the only request that uses its token. */
export async function handleReminderConfirm(form: FormData, context: { db: Queryable; now: Date }): Promise<ReminderConfirmState> {
  const parsed = reminderTokenSchema.safeParse({ token: field(form, "token") });
  if (!parsed.success) return { status: "done", outcome: "unknown" };
  try {
    return { status: "done", outcome: await confirmReminderSubscription(context.db, parsed.data.token, context.now) };
  } catch (error) {
    console.error("[reminders] could not confirm:", error instanceof Error ? error.message : error);
    return { status: "unavailable" };
  }
}

/** The unsubscribe page's button, and the one-click POST of a mail client (List-Unsubscribe-Post). */
export async function handleUnsubscribe(token: string, context: { db: Queryable }): Promise<UnsubscribeState> {
  const parsed = reminderTokenSchema.safeParse({ token });
  if (!parsed.success) return { status: "unknown" };
  try {
    return { status: (await unsubscribeFromReminders(context.db, parsed.data.token)) ? "unsubscribed" : "unknown" };
  } catch (error) {
    console.error("[reminders] could not unsubscribe:", error instanceof Error ? error.message : error);
    return { status: "unavailable" };
  }
}
