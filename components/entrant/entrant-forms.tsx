"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { EntrantActionState, OpenPageState } from "@/lib/entries/entrant-page-forms";
import type { EntrantActionKind } from "@/lib/validation/entrant";
import { buttonClass } from "@/components/entry/confirm-forms";

type OpenAction = (previous: OpenPageState, form: FormData) => Promise<OpenPageState>;
type EntrantAction = (previous: EntrantActionState, form: FormData) => Promise<EntrantActionState>;

const IDLE_OPEN: OpenPageState = { status: "idle" };

/** The button a mailed link opens: only this POST spends the link (mail scanners only GET). */
export function OpenPageForm({ action, token }: { action: OpenAction; token: string }) {
  const t = useTranslations("EntrantPage");
  const [state, formAction, pending] = useActionState(action, IDLE_OPEN);
  if (state.status !== "idle") {
    return (
      <p role="alert" data-testid="entrant-refusal" className="font-semibold text-accent">
        {state.status === "unavailable" ? t("refusals.unavailable") : t(`linkRefusals.${state.reason}`)}
      </p>
    );
  }
  return (
    <form action={formAction}>
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {t("open")}
      </button>
    </form>
  );
}

const IDLE_ACTION: EntrantActionState = { status: "idle" };

/** One action on the entrant's page, confirmed by ticking its box (no JavaScript needed). */
export function EntrantActionForm({ kind, action }: { kind: EntrantActionKind; action: EntrantAction }) {
  const t = useTranslations("EntrantPage");
  const [state, formAction, pending] = useActionState(action, IDLE_ACTION);
  const errorId = `${kind}-error`;
  return (
    <section aria-labelledby={`${kind}-title`} className="space-y-2 rounded-lg border border-accent/40 bg-white p-4">
      <h3 id={`${kind}-title`} className="font-bold">{t(`actions.${kind}.title`)}</h3>
      <p className="text-sm">{t(`actions.${kind}.lead`)}</p>
      <form action={formAction} className="space-y-2">
        {state.status === "refused" ? (
          <p id={errorId} role="alert" className="font-semibold text-accent">{t(`refusals.${state.reason}`)}</p>
        ) : null}
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="confirm" value="yes" className="mt-1" aria-describedby={state.status === "refused" ? errorId : undefined} />
          <span>{t(`actions.${kind}.confirm`)}</span>
        </label>
        <button type="submit" disabled={pending} className="rounded-full bg-accent px-5 py-2 font-semibold text-white disabled:opacity-60">
          {t(`actions.${kind}.submit`)}
        </button>
      </form>
    </section>
  );
}
