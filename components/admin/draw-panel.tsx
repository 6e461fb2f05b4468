import { useTranslations } from "next-intl";
import { cancelDrawAction } from "@/lib/admin/actions/winners";
import type { PrizeDraw } from "@/lib/generated/prisma/client";
import { drawResult } from "@/lib/winners/draw";
import { ActionForm } from "./action-form";
import { PrepareDrawForm, RunDrawForm } from "./draw-forms";
import { ShortTime } from "./short-time";
import { SubmitButton } from "./submit-button";

/**
 * The draw nobody can choose (decision 18): preparing publishes the eligible list, its hash, the
 * seed's hash and which public value will be mixed in; running it takes that value. The seed
 * itself stays hidden here as on the public page until the announcement.
 */
export function DrawPanel({ draws, windows }: { draws: PrizeDraw[]; windows: readonly number[] }) {
  const t = useTranslations("Admin.winners.draw");
  return (
    <section aria-labelledby="draw-title" className="rounded border border-line p-3">
      <h2 id="draw-title" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="mt-1 max-w-prose text-sm">{t("lead")}</p>
      <PrepareDrawForm windows={windows} />
      <ol className="mt-4 space-y-4">
        {draws.map((draw) => (
          <li key={draw.id} className="rounded bg-paper p-3 text-sm" data-testid="draw">
            <h3 className="font-semibold">
              {t("heading", { id: draw.id, count: draw.prizeCount, eligible: draw.eligible.length })} · <ShortTime date={draw.createdAt} />
            </h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
              <dt className="font-semibold">{t("listHash")}</dt>
              <dd className="font-mono text-xs break-all" data-testid="list-hash">{draw.listHash}</dd>
              <dt className="font-semibold">{t("seedHash")}</dt>
              <dd className="font-mono text-xs break-all" data-testid="seed-hash">{draw.seedHash}</dd>
              <dt className="font-semibold">{t("publicSource")}</dt>
              <dd>{draw.publicSource}</dd>
              {draw.publicValue !== null && (
                <>
                  <dt className="font-semibold">{t("publicValue")}</dt>
                  <dd>{draw.publicValue}</dd>
                </>
              )}
            </dl>
            <details className="mt-2">
              <summary className="cursor-pointer">{t("eligible", { count: draw.eligible.length })}</summary>
              <pre className="mt-1 max-h-48 overflow-auto font-mono text-xs">{draw.eligible.join("\n")}</pre>
            </details>
            <DrawState draw={draw} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function DrawState({ draw }: { draw: PrizeDraw }) {
  const t = useTranslations("Admin.winners.draw");
  if (draw.cancelledAt) {
    return (
      <p className="mt-2 font-semibold">
        {t("cancelled")} <ShortTime date={draw.cancelledAt} />
      </p>
    );
  }
  if (draw.drawnAt) {
    const { winners, reserves } = drawResult(draw.order, draw.skipped, draw.prizeCount);
    return (
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="font-semibold">{t("drawn")}</dt>
        <dd className="font-mono text-xs">{winners.join(", ")}</dd>
        <dt className="font-semibold">{t("reserves")}</dt>
        <dd className="font-mono text-xs">{reserves.join(", ") || "—"}</dd>
        <dt className="font-semibold">{t("skipped")}</dt>
        <dd className="font-mono text-xs">{draw.skipped.join(", ") || "—"}</dd>
      </dl>
    );
  }
  return (
    <>
      <RunDrawForm drawId={draw.id} />
      <ActionForm action={cancelDrawAction.bind(null, draw.id)} className="mt-2" label={t("cancel")}>
        <SubmitButton variant="danger">{t("cancel")}</SubmitButton>
      </ActionForm>
    </>
  );
}
