"use client";

import { useActionState, type ReactNode } from "react";
import { IDLE, type ActionState } from "@/lib/admin/action-state";
import { FormMessage } from "./form-message";

/**
 * A form whose server action answers with an ActionState: the answer is announced next to the
 * form. The fields and buttons are the children, rendered on the server.
 */
export function ActionForm({
  action,
  children,
  className,
  label,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className={className} aria-label={label}>
      {children}
      <FormMessage state={state} />
    </form>
  );
}
