"use client";

import { useTranslations } from "next-intl";
import { addWindowAction, removeWindowAction } from "@/lib/admin/actions/settings";
import { ActionForm } from "./action-form";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useConsoleAction } from "./use-console-action";

const input = "mt-1 block rounded border border-line px-2 py-1";

/** A new window after the last one (Japan time). */
export function AddWindowForm() {
  const t = useTranslations("Admin.settings");
  const [state, action] = useConsoleAction(addWindowAction);
  const sent = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} key={JSON.stringify(sent ?? null)} aria-labelledby="add-window-title" className="space-y-3 rounded border border-line p-3">
      <h2 id="add-window-title" className="font-bold">
        {t("addWindow")}
      </h2>
      <p className="text-sm">{t("addWindowLead")}</p>
      <div className="flex flex-wrap gap-4">
        {(["opensAt", "closesAt"] as const).map((name) => (
          <div key={name}>
            <label htmlFor={`new-window-${name}`} className="block text-sm font-semibold">
              {t(name)}
            </label>
            <input id={`new-window-${name}`} name={name} type="datetime-local" required defaultValue={sent?.[name]} className={input} />
          </div>
        ))}
      </div>
      <SubmitButton variant="secondary">{t("add")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/**
 * One button per window, in one form so that its answer stays on screen when the window is gone;
 * the server refuses a window that has entries or a draw, and the only one.
 */
export function RemoveWindowButtons({ numbers }: { numbers: readonly number[] }) {
  const t = useTranslations("Admin.settings");
  return (
    <ActionForm action={removeWindowAction} className="space-y-2 rounded border border-line p-3">
      <p className="text-sm">{t("removeLead")}</p>
      <div className="flex flex-wrap gap-3">
        {numbers.map((number) => (
          <SubmitButton key={number} variant="danger" name="number" value={String(number)}>
            {t("removeWindow", { number })}
          </SubmitButton>
        ))}
      </div>
    </ActionForm>
  );
}
