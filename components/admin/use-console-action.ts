"use client";

import { useActionState } from "react";
import { IDLE, submittedValues, type ActionState } from "@/lib/admin/action-state";

/**
 * useActionState for a console form, plus the one failure the server cannot answer: the request
 * never arriving (network down). The form is then told so in the console's language, with what was
 * typed, instead of Next.js replacing the page. Errors of our own code still reach the error page.
 */
export function useConsoleAction(action: (state: ActionState, formData: FormData) => Promise<ActionState>) {
  return useActionState(async (state: ActionState, formData: FormData): Promise<ActionState> => {
    try {
      return await action(state, formData);
    } catch (error) {
      if (!isNetworkFailure(error)) throw error;
      const values = Object.fromEntries(Object.entries(submittedValues(formData)).filter(([name]) => !/password/i.test(name)));
      return { status: "error", error: "network", values };
    }
  }, IDLE);
}

// fetch rejects with a TypeError when the request cannot be sent or its answer not received.
function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || (typeof navigator !== "undefined" && !navigator.onLine);
}
