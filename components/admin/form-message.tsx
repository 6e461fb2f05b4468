"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/admin/action-state";
import { SIGN_IN_PATH } from "@/lib/auth/sign-in-path";

/**
 * The outcome of a form, read out by screen readers when it changes: a success message from
 * Admin.done or an error from Admin.errors.
 */
export function FormMessage({ state, id }: { state: ActionState; id?: string }) {
  const t = useTranslations("Admin");
  return (
    <p id={id} role="status" aria-live="polite" className="min-h-6 text-sm">
      {state.status === "ok" && <span className="font-semibold text-ok">{t(`done.${state.message}`, state.params)}</span>}
      {state.status === "error" && (
        <span className="font-semibold text-accent">
          {state.error === "sessionEnded"
            ? t.rich("errors.sessionEnded", {
                link: (chunks) => (
                  <a href={SIGN_IN_PATH} target="_blank" rel="noopener" className="underline">
                    {chunks}
                  </a>
                ),
              })
            : t(`errors.${state.error}`, state.params)}
        </span>
      )}
    </p>
  );
}
