"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { ActionState } from "@/lib/admin/action-state";
import { FormMessage } from "./form-message";
import { useConsoleAction } from "./use-console-action";

/**
 * A form whose answer may carry a password to show exactly once (a new account, a reset). It is
 * never stored: reloading the page loses it, by design.
 */
export function OneTimeSecretForm({
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
  const t = useTranslations("Admin.staff");
  const [state, formAction] = useConsoleAction(action);
  return (
    <form action={formAction} className={className} aria-label={label}>
      {children}
      <FormMessage state={state} />
      {state.status === "ok" && state.detail && (
        <p className="rounded bg-accent-soft p-2 text-sm">
          {t("passwordOnce")} <code className="font-mono text-base font-bold select-all" data-testid="one-time-password">{state.detail}</code>
        </p>
      )}
    </form>
  );
}
