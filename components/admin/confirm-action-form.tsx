"use client";

import { useActionState, type ReactNode } from "react";
import { IDLE, type ActionState } from "@/lib/admin/action-state";
import { FormMessage } from "./form-message";

/**
 * The button of a confirmation page. The server action goes to useActionState as it is, so the
 * form also works without JavaScript (ActionForm wraps it to answer a network failure, which only
 * works with JavaScript); there is nothing typed to keep here.
 */
export function ConfirmActionForm({
  action,
  children,
  label,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
  label: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} aria-label={label}>
      {children}
      <FormMessage state={state} />
    </form>
  );
}
