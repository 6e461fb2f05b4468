"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { IDLE, type ActionState } from "@/lib/admin/action-state";
import { FormMessage } from "./form-message";

/**
 * The form around the entry table: its rows' checkboxes and the bulk bar are the children,
 * rendered on the server. The server action is given to useActionState as it is (not wrapped like
 * the other console forms), so the form also works before or without JavaScript: the browser
 * posts it and the page comes back with the answer. The answer ("20 entries shortlisted", or why
 * nothing changed) is shown above the table; after a refusal the rows that were ticked are ticked
 * again (React resets a form after its action), so nothing has to be chosen twice.
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
  const [state, formAction] = useActionState(action, IDLE);
  const ticked = useRef<string[]>([]);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== "error" || !form.current) return;
    const again = new Set(ticked.current);
    for (const box of form.current.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="ids"]')) box.checked = again.has(box.value);
    const tag = form.current.elements.namedItem("tag");
    if (tag instanceof HTMLInputElement && state.values?.tag !== undefined) tag.value = state.values.tag;
  }, [state]);
  return (
    <form
      ref={form}
      action={formAction}
      aria-label={label}
      onSubmit={(event) => {
        ticked.current = new FormData(event.currentTarget).getAll("ids").map(String);
      }}
    >
      <div className="flex flex-wrap items-center gap-x-4">
        {bar}
        <FormMessage state={state} />
      </div>
      {children}
    </form>
  );
}
