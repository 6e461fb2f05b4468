import { useTranslations } from "next-intl";
import { prepareDrawAction, runDrawAction } from "@/lib/admin/actions/winners";
import type { PrizeDraw } from "@/lib/generated/prisma/client";
import { ActionForm } from "./action-form";
import { ShortTime } from "./short-time";
import { SubmitButton } from "./submit-button";

/**
 * The fair draw in two steps: preparing fixes and shows the eligible list's hash and the seed;
 * drawing then picks from exactly that list, reproducibly.
 */
export function DrawPanel({ draws, windows }: { draws: PrizeDraw[]; windows: readonly number[] }) {
  const t = useTranslations("Admin.winners.draw");
  const common = useTranslations("Admin.common");
  return (
    <section aria-labelledby="draw-title" className="rounded border border-line p-3">
      <h2 id="draw-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-prose text-sm">{t("lead")}</p>
      <ActionForm action={prepareDrawAction} className="mt-3 flex flex-wrap items-end gap-3" label={t("prepare")}>
        <div>
          <label htmlFor="draw-window" className="block text-sm font-semibold">
            {t("window")}
          </label>
          <select id="draw-window" name="window" className="mt-1 rounded border border-line px-2 py-1">
            <option value="">{t("allWindows")}</option>
            {windows.map((number) => (
              <option key={number} value={number}>
                {common("window", { number })}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton variant="secondary">{t("prepare")}</SubmitButton>
      </ActionForm>
      <ol className="mt-4 space-y-4">
        {draws.map((draw) => (
          <li key={draw.id} className="rounded bg-paper p-3 text-sm" data-testid="draw">
            <h3 className="font-semibold">
              {t("heading", { id: draw.id, count: draw.prizeCount, eligible: draw.eligible.length })} · <ShortTime date={draw.createdAt} />
            </h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-semibold">{t("listHash")}</dt>
              <dd className="font-mono text-xs break-all" data-testid="list-hash">{draw.listHash}</dd>
              <dt className="font-semibold">{t("seed")}</dt>
              <dd className="font-mono text-xs break-all" data-testid="seed">{draw.seed}</dd>
            </dl>
            <details className="mt-2">
              <summary className="cursor-pointer">{t("eligible", { count: draw.eligible.length })}</summary>
              <pre className="mt-1 max-h-48 overflow-auto font-mono text-xs">{draw.eligible.join("\n")}</pre>
            </details>
            {draw.drawnAt ? (
              <p className="mt-2">
                {t("drawn")} <span className="font-mono text-xs">{draw.winners.join(", ")}</span>
              </p>
            ) : (
              <ActionForm action={runDrawAction.bind(null, draw.id)} className="mt-2" label={t("run")}>
                <SubmitButton>{t("run")}</SubmitButton>
              </ActionForm>
            )}
          </li>
        ))}
      </ol>
      <p className="mt-4 max-w-prose text-xs text-ink-soft">{t("algorithm")}</p>
    </section>
  );
}
