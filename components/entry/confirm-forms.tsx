"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ConfirmState, NewLinkState } from "@/lib/entries/confirmation-forms";
import { controlClass } from "./form-controls";

type ConfirmAction = (previous: ConfirmState, form: FormData) => Promise<ConfirmState>;
type NewLinkAction = (previous: NewLinkState, form: FormData) => Promise<NewLinkState>;

export const buttonClass = "rounded-full bg-ink px-5 py-2 font-semibold text-white hover:bg-ink-soft disabled:opacity-60";

/** What a confirmation answered, in words. */
function ConfirmNotice({ state }: { state: Exclude<ConfirmState, { status: "idle" }> }) {
  const t = useTranslations("EntryConfirm");
  if (state.status === "unavailable") return <p role="alert" className="font-semibold text-accent">{t("unavailable")}</p>;
  const { outcome } = state;
  const done = outcome.kind === "confirmed" || outcome.kind === "alreadyConfirmed";
  const text = "reference" in outcome ? t(outcome.kind, { reference: outcome.reference, window: outcome.windowNumber }) : t(outcome.kind);
  return (
    <p role={done ? "status" : "alert"} data-testid="confirm-outcome" className={`font-semibold ${done ? "text-ok" : "text-accent"}`}>
      {text}
    </p>
  );
}

const IDLE_CONFIRM: ConfirmState = { status: "idle" };

/** The button a mailed link opens: only this POST uses the token (mail scanners only GET). */
export function ConfirmLinkForm({ action, token }: { action: ConfirmAction; token: string }) {
  const t = useTranslations("EntryConfirm");
  const [state, formAction, pending] = useActionState(action, IDLE_CONFIRM);
  if (state.status !== "idle") return <ConfirmNotice state={state} />;
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("confirm")}
      </button>
    </form>
  );
}

/** The short code from the mail, typed on the receipt (for mail read on another device). */
export function ConfirmCodeForm({ action, reference }: { action: ConfirmAction; reference: string }) {
  const t = useTranslations("EntryConfirm");
  const [state, formAction, pending] = useActionState(action, IDLE_CONFIRM);
  const confirmed = state.status === "done" && (state.outcome.kind === "confirmed" || state.outcome.kind === "alreadyConfirmed");
  return (
    <div className="space-y-3">
      {state.status !== "idle" ? <ConfirmNotice state={state} /> : null}
      {confirmed ? null : (
        <form action={formAction} className="flex flex-wrap items-end gap-3">
          <input type="hidden" name="reference" value={reference} />
          <div>
            <label htmlFor="confirm-code" className="font-semibold">{t("code")}</label>
            <p id="confirm-code-hint" className="text-sm text-ink-soft">{t("codeHint")}</p>
            <input
              id="confirm-code"
              name="code"
              required
              maxLength={20}
              autoComplete="one-time-code"
              aria-describedby="confirm-code-hint"
              defaultValue={state.status === "idle" ? "" : state.code}
              className={controlClass}
            />
          </div>
          <button type="submit" disabled={pending} className={buttonClass}>
            {t("confirmCode")}
          </button>
        </form>
      )}
    </div>
  );
}

const IDLE_NEW_LINK: NewLinkState = { status: "idle" };

/**
 * "Send me a new link" (to confirm), or "send me my link" (to the entrant's page, its texts under
 * `EntrantPage`): the same answer whatever the address.
 */
export function NewLinkForm({ action, texts = "EntryConfirm" }: { action: NewLinkAction; texts?: "EntryConfirm" | "EntrantPage" }) {
  const t = useTranslations(texts);
  const errors = useTranslations("EntryForm.refusals");
  const [state, formAction, pending] = useActionState(action, IDLE_NEW_LINK);
  if (state.status === "sent") return <p role="status" className="font-semibold text-ok">{t("newLinkSent")}</p>;
  const problem = state.status === "idle" ? null : { invalid: t("emailInvalid"), rateLimited: errors("rateLimited"), unavailable: t("unavailable") }[state.status];
  return (
    <form action={formAction} className="space-y-3" noValidate>
      {problem ? <p id="new-link-error" role="alert" className="font-semibold text-accent">{problem}</p> : null}
      <div>
        <label htmlFor="new-link-email" className="font-semibold">{t("email")}</label>
        <input
          id="new-link-email"
          name="email"
          type="email"
          autoComplete="email"
          required
          aria-invalid={state.status === "invalid" || undefined}
          aria-describedby={problem ? "new-link-error" : undefined}
          defaultValue={"email" in state ? state.email : ""}
          className={controlClass}
        />
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("sendNewLink")}
      </button>
    </form>
  );
}
