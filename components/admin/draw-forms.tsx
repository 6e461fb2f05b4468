"use client";

import { useTranslations } from "next-intl";
import { prepareDrawAction, runDrawAction } from "@/lib/admin/actions/winners";
import { PUBLIC_VALUE_MAX } from "@/lib/validation/winners";
import { FormMessage } from "./form-message";
import { SubmitButton } from "./submit-button";
import { useConsoleAction } from "./use-console-action";

const input = "mt-1 block w-full max-w-xl rounded border border-line px-2 py-1";

/** Commits to a draw: its window and the public value that will be mixed in. */
export function PrepareDrawForm({ windows }: { windows: readonly number[] }) {
  const t = useTranslations("Admin.winners.draw");
  const common = useTranslations("Admin.common");
  const [state, action] = useConsoleAction(prepareDrawAction);
  const sent = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} key={JSON.stringify(sent ?? null)} aria-label={t("prepare")} className="mt-3 space-y-3">
      <div>
        <label htmlFor="draw-window" className="block text-sm font-semibold">
          {t("window")}
        </label>
        <select id="draw-window" name="window" defaultValue={sent?.window ?? ""} className="mt-1 rounded border border-line px-2 py-1">
          <option value="">{t("allWindows")}</option>
          {windows.map((number) => (
            <option key={number} value={number}>
              {common("window", { number })}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="draw-public-source" className="block text-sm font-semibold">
          {t("publicSource")}
        </label>
        <p id="draw-public-source-hint" className="text-xs text-ink-soft">{t("publicSourceHint")}</p>
        <input
          id="draw-public-source"
          name="publicSource"
          required
          maxLength={PUBLIC_VALUE_MAX}
          defaultValue={sent?.publicSource}
          aria-describedby="draw-public-source-hint"
          className={input}
        />
      </div>
      <SubmitButton variant="secondary">{t("prepare")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

/** Runs an open draw with the public value its commitment named. */
export function RunDrawForm({ drawId }: { drawId: number }) {
  const t = useTranslations("Admin.winners.draw");
  const [state, action] = useConsoleAction(runDrawAction.bind(null, drawId));
  const sent = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} key={JSON.stringify(sent ?? null)} aria-label={t("run")} className="mt-2 space-y-2">
      <label htmlFor={`draw-${drawId}-public-value`} className="block text-sm font-semibold">
        {t("publicValue")}
      </label>
      <input id={`draw-${drawId}-public-value`} name="publicValue" required maxLength={PUBLIC_VALUE_MAX} defaultValue={sent?.publicValue} className={input} />
      <SubmitButton>{t("run")}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
