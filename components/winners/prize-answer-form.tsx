"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { PrizeAnswerState } from "@/lib/winners/prize-offers";

type AnswerAction = (previous: PrizeAnswerState, form: FormData) => Promise<PrizeAnswerState>;

const IDLE: PrizeAnswerState = { status: "idle" };
const button = "rounded-full px-5 py-2 font-semibold disabled:opacity-60";

/** Accept or Decline: only this POST uses the token of the mailed link; a failing store keeps the buttons. */
export function PrizeAnswerForm({ action, token }: { action: AnswerAction; token: string }) {
  const t = useTranslations("PrizeOffer");
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "done") {
    const { kind } = state.outcome;
    const done = kind === "accepted" || kind === "declined" || kind === "alreadyAccepted";
    return (
      <p role={done ? "status" : "alert"} data-testid="prize-outcome" className={`font-semibold ${done ? "text-ok" : "text-accent"}`}>
        {t(`outcomes.${kind}`)}
      </p>
    );
  }
  return (
    <form action={formAction} className="flex flex-wrap gap-3">
      {state.status === "unavailable" && <p role="alert" className="w-full font-semibold text-accent">{t("unavailable")}</p>}
      <input type="hidden" name="token" value={token} />
      <button type="submit" name="answer" value="accepted" disabled={pending} className={`${button} bg-ink text-white hover:bg-ink-soft`}>
        {t("accept")}
      </button>
      <button type="submit" name="answer" value="declined" disabled={pending} className={`${button} border border-ink bg-white text-ink hover:bg-paper`}>
        {t("decline")}
      </button>
    </form>
  );
}
