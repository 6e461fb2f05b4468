"use client";

import { useEffect, useRef, type ReactNode } from "react";
import type { ActionState } from "@/lib/admin/action-state";
import { FormMessage } from "./form-message";
import { useConsoleAction } from "./use-console-action";

/**
 * The form around the entry table: its rows' checkboxes and the bulk bar are the children,
 * rendered on the server. The answer ("20 entries shortlisted", or why nothing changed) is shown
 * above the table. React resets a form after its action; when the answer is a refusal, the rows
 * that were ticked are ticked again, so nothing has to be chosen twice.
 */
export function BulkForm({
  action,
  label,
  bar,
  children,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  bar: ReactNode;
  children: ReactNode;
}) {
  const ticked = useRef<string[]>([]);
  const [state, formAction] = useConsoleAction((previous, formData) => {
    ticked.current = formData.getAll("ids").map(String);
    return action(previous, formData);
  });
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error" || !form.current) return;
    const again = new Set(ticked.current);
    for (const box of form.current.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="ids"]')) box.checked = again.has(box.value);
    if (state.values?.tag !== undefined) {
      const tag = form.current.elements.namedItem("tag");
      if (tag instanceof HTMLInputElement) tag.value = state.values.tag;
    }
  }, [state]);
  return (
    <form ref={form} action={formAction} aria-label={label}>
      {bar}
      <FormMessage state={state} />
      {children}
    </form>
  );
}
