"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/admin/action-state";
import { FormMessage } from "./form-message";
import { useConsoleAction } from "./use-console-action";

/**
 * A form whose server action answers with an ActionState: the answer is announced next to the
 * form. The fields and buttons are the children, rendered on the server, so when the answer is a
 * refusal carrying what was typed (session ended, network down, invalid input), it is written back
 * into the fields that React reset after the action.
 */
export function ActionForm({
  action,
  children,
  className,
  label,
  id,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  children: ReactNode;
  className?: string;
  label?: string;
  id?: string;
}) {
  const [state, formAction] = useConsoleAction(action);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error" || !state.values || !form.current) return;
    for (const [name, value] of Object.entries(state.values)) {
      const field = form.current.elements.namedItem(name);
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement || field instanceof HTMLSelectElement) {
        if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio" || field.type === "submit")) continue;
        field.value = value;
      }
    }
  }, [state]);
  return (
    <form ref={form} id={id} action={formAction} className={className} aria-label={label}>
      {children}
      <FormMessage state={state} />
    </form>
  );
}
