"use client";

import { useActionState, type ReactNode } from "react";
import type { SeasonOptions } from "@/lib/entries/interviews";
import type { ConfirmState } from "@/lib/entries/confirmation-forms";
import type { EntryFormState } from "@/lib/entries/form-state";
import { EntryForm } from "./entry-form";
import { EntryReceipt } from "./entry-receipt";

const IDLE: EntryFormState = { status: "idle" };

/**
 * The form, or its receipt once stored, or the closed notice. Holding the action state here means
 * a refusal keeps what was typed even if the window closed meanwhile (the page then has no token).
 */
export function EntrySection({
  action,
  confirmAction,
  token,
  interviews,
  closedNotice,
}: {
  action: (previous: EntryFormState, form: FormData) => Promise<EntryFormState>;
  /** The receipt's code form. */
  confirmAction: (previous: ConfirmState, form: FormData) => Promise<ConfirmState>;
  /** Null outside the entry windows. */
  token: string | null;
  interviews: SeasonOptions[];
  closedNotice: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  if (state.status === "stored") return <EntryReceipt receipt={state.receipt} alreadyStored={state.alreadyStored} confirmAction={confirmAction} />;
  const result = state.status === "idle" ? null : state;
  const formToken = result?.token ?? token;
  if (formToken === null) return closedNotice;
  return <EntryForm result={result} action={formAction} pending={pending} token={formToken} interviews={interviews} />;
}
