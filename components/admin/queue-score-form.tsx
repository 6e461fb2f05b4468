"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { IDLE, type ActionState } from "@/lib/admin/action-state";
import { FormMessage } from "./form-message";

/** Where a shortcut key acts: typing in a field never triggers one. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches("textarea, select, input:not([type=radio]):not([type=checkbox])"));
}

/**
 * The queue's scoring form. The server action is given to the <form> as it is, so the form also
 * works without JavaScript (one POST, answered by a redirect to the next entry). With it, the keys
 * shown on the page work: 1–5 score the criterion in focus (else the first one without a score)
 * and move on to the next, S saves and opens the next entry, N skips to it.
 */
export function QueueScoreForm({
  action,
  label,
  skipHref,
  children,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  label: string;
  skipHref: string | null;
  children: ReactNode;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const current = form.current;
      if (!current || event.altKey || event.ctrlKey || event.metaKey || event.isComposing || isTyping(event.target)) return;
      const groups = [...current.querySelectorAll<HTMLFieldSetElement>("fieldset[data-criterion]")];
      const key = event.key.toLowerCase();
      if (/^[1-5]$/.test(key)) {
        const focused = groups.find((group) => group.contains(document.activeElement));
        const group = focused ?? groups.find((g) => !g.querySelector("input:checked")) ?? groups[0];
        const radio = group?.querySelector<HTMLInputElement>(`input[value="${key}"]`);
        if (!group || !radio) return;
        event.preventDefault();
        radio.checked = true;
        const next = groups[groups.indexOf(group) + 1];
        (next?.querySelector<HTMLInputElement>("input:checked") ?? next?.querySelector<HTMLInputElement>("input") ?? current.querySelector<HTMLButtonElement>("button[type=submit]"))?.focus();
      } else if (key === "s") {
        event.preventDefault();
        current.requestSubmit();
      } else if (key === "n" && skipHref) {
        event.preventDefault();
        current.querySelector<HTMLAnchorElement>("a[data-skip]")?.click();
      }
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [skipHref]);

  return (
    <form ref={form} action={formAction} aria-label={label} className="space-y-3">
      {children}
      <FormMessage state={state} />
    </form>
  );
}
