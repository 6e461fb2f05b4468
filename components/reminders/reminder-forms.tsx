"use client";

import { useActionState } from "react";
import type { ReminderConfirmState, ReminderSignupState, UnsubscribeState } from "@/lib/reminders/forms";

// These forms sit on cached public pages: they get their words as props from the server instead
// of a next-intl client provider (docs/decisions/0010-lean-public-pages.md).

const buttonClass = "rounded-full bg-ink px-5 py-2 font-semibold text-white hover:bg-ink-soft disabled:opacity-60";
const IDLE_SIGNUP: ReminderSignupState = { status: "idle" };
const IDLE_CONFIRM: ReminderConfirmState = { status: "idle" };
const IDLE_UNSUBSCRIBE: UnsubscribeState = { status: "idle" };
const inputClass = "mt-1 block w-full rounded-md border border-line bg-white px-3 py-2 text-ink";

type SignupAction = (previous: ReminderSignupState, form: FormData) => Promise<ReminderSignupState>;
export type SignupWords = { email: string; submit: string; sent: string; invalid: string; rateLimited: string; unavailable: string };

/** The landing page's "remind me when entries open": the same answer whatever the address. */
export function ReminderSignupForm({ action, words }: { action: SignupAction; words: SignupWords }) {
  const [state, formAction, pending] = useActionState(action, IDLE_SIGNUP);
  if (state.status === "sent") return <p role="status" className="font-semibold text-ok">{words.sent}</p>;
  const problem = state.status === "idle" ? null : words[state.status];
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {problem ? <p id="reminder-error" role="alert" className="font-semibold text-accent">{problem}</p> : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1">
          <label htmlFor="reminder-email" className="font-semibold">{words.email}</label>
          <input
            id="reminder-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            aria-invalid={state.status === "invalid" || undefined}
            aria-describedby={problem ? "reminder-error" : undefined}
            defaultValue={"email" in state ? state.email : ""}
            className={inputClass}
          />
        </div>
        <button type="submit" disabled={pending} className={buttonClass}>{words.submit}</button>
      </div>
    </form>
  );
}

type ConfirmAction = (previous: ReminderConfirmState, form: FormData) => Promise<ReminderConfirmState>;
export type ConfirmWords = { confirm: string; unavailable: string } & Record<ReminderConfirmOutcomeKey, string>;
type ReminderConfirmOutcomeKey = Extract<ReminderConfirmState, { status: "done" }>["outcome"];

/** The button a mailed confirmation link opens: only this POST uses the token. */
export function ReminderConfirmForm({ action, token, words }: { action: ConfirmAction; token: string; words: ConfirmWords }) {
  const [state, formAction, pending] = useActionState(action, IDLE_CONFIRM);
  if (state.status === "done") {
    const done = state.outcome === "confirmed" || state.outcome === "alreadyConfirmed";
    return <p role={done ? "status" : "alert"} className={`font-semibold ${done ? "text-ok" : "text-accent"}`}>{words[state.outcome]}</p>;
  }
  return (
    <form action={formAction} className="space-y-3">
      {state.status === "unavailable" ? <p role="alert" className="font-semibold text-accent">{words.unavailable}</p> : null}
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={buttonClass}>{words.confirm}</button>
    </form>
  );
}

type UnsubscribeAction = (previous: UnsubscribeState, form: FormData) => Promise<UnsubscribeState>;
export type UnsubscribeWords = { unsubscribe: string; unsubscribed: string; unknown: string; unavailable: string };

/** The button of an unsubscribe link: opening the link changes nothing, this POST unsubscribes. */
export function UnsubscribeForm({ action, token, words }: { action: UnsubscribeAction; token: string; words: UnsubscribeWords }) {
  const [state, formAction, pending] = useActionState(action, IDLE_UNSUBSCRIBE);
  if (state.status === "unsubscribed") return <p role="status" className="font-semibold text-ok">{words.unsubscribed}</p>;
  if (state.status === "unknown") return <p role="alert" className="font-semibold text-accent">{words.unknown}</p>;
  return (
    <form action={formAction} className="space-y-3">
      {state.status === "unavailable" ? <p role="alert" className="font-semibold text-accent">{words.unavailable}</p> : null}
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={buttonClass}>{words.unsubscribe}</button>
    </form>
  );
}
