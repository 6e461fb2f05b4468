"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { IDLE } from "@/lib/admin/action-state";
import { signInAction } from "@/lib/admin/actions/session";
import { SubmitButton } from "./submit-button";

export function SignInForm() {
  const t = useTranslations("Admin.signIn");
  const errors = useTranslations("Admin.errors.signIn");
  const format = useFormatter();
  const [state, action] = useActionState(signInAction, IDLE);
  const error =
    state.status !== "error"
      ? null
      : state.error === "signIn.throttled" && state.detail
        ? errors("throttled", { time: format.dateTime(new Date(state.detail), { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" }) })
        : errors("invalid");
  return (
    <form action={action} className="space-y-4" aria-describedby={error ? "sign-in-error" : undefined}>
      <div>
        <label htmlFor="email" className="block font-semibold">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-line px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-line px-3 py-2" />
      </div>
      <p id="sign-in-error" role="alert" className="min-h-6 text-sm font-semibold text-accent">
        {error}
      </p>
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
