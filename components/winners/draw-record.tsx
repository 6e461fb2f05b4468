import { useTranslations } from "next-intl";
import { JstTime } from "@/components/ui/jst-time";
import type { PublicDraw } from "@/lib/winners/public-draws";

const mono = "font-mono text-xs break-all";

/** One draw as published: its commitment from the start, its result from the announcement on. */
export function DrawRecord({ draw, announcementAt }: { draw: PublicDraw; announcementAt: Date }) {
  const t = useTranslations("Winners.draw");
  const scope = draw.windowNumber === null ? t("allWindows") : t("window", { number: draw.windowNumber });
  return (
    <article aria-labelledby={`draw-${draw.id}`} className="rounded-lg bg-white p-4 ring-1 ring-line" data-testid="public-draw">
      <h3 id={`draw-${draw.id}`} className="font-semibold">
        {t("heading", { id: draw.id, scope, count: draw.prizeCount })}
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold">{t("preparedAt")}</dt>
        <dd><JstTime date={draw.createdAt} /></dd>
        <dt className="font-semibold">{t("listHash")}</dt>
        <dd className={mono} data-testid="draw-list-hash">{draw.listHash}</dd>
        <dt className="font-semibold">{t("seedHash")}</dt>
        <dd className={mono} data-testid="draw-seed-hash">{draw.seedHash}</dd>
        <dt className="font-semibold">{t("publicSource")}</dt>
        <dd data-testid="draw-public-source">{draw.publicSource}</dd>
        {draw.revealed && (
          <>
            <dt className="font-semibold">{t("seed")}</dt>
            <dd className={mono} data-testid="draw-seed">{draw.revealed.seed}</dd>
            <dt className="font-semibold">{t("publicValue")}</dt>
            <dd data-testid="draw-public-value">{draw.revealed.publicValue}</dd>
          </>
        )}
      </dl>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">{t("eligible", { count: draw.eligible.length })}</summary>
        <pre className="mt-1 max-h-60 overflow-auto font-mono text-xs" data-testid="draw-eligible">{draw.eligible.join("\n")}</pre>
      </details>
      <DrawStatus draw={draw} announcementAt={announcementAt} />
    </article>
  );
}

function DrawStatus({ draw, announcementAt }: { draw: PublicDraw; announcementAt: Date }) {
  const t = useTranslations("Winners.draw");
  if (draw.cancelledAt) {
    return <p className="mt-2 text-sm font-semibold" data-testid="draw-status">{t.rich("cancelled", { time: () => <JstTime date={draw.cancelledAt!} /> })}</p>;
  }
  if (!draw.drawnAt) return <p className="mt-2 text-sm" data-testid="draw-status">{t("open")}</p>;
  if (!draw.revealed) {
    return (
      <p className="mt-2 text-sm" data-testid="draw-status">
        {t.rich("drawnNotRevealed", { drawn: () => <JstTime date={draw.drawnAt!} />, announcement: () => <JstTime date={announcementAt} /> })}
      </p>
    );
  }
  return (
    <table className="mt-3 w-full border-collapse text-sm">
      <caption className="text-left font-semibold">{t("order")}</caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-line px-2 py-1 text-left">{t("position")}</th>
          <th scope="col" className="border-b border-line px-2 py-1 text-left">{t("reference")}</th>
          <th scope="col" className="border-b border-line px-2 py-1 text-left">{t("outcome")}</th>
        </tr>
      </thead>
      <tbody data-testid="draw-order">
        {draw.revealed.order.map((row, index) => (
          <tr key={row.reference}>
            <td className="border-b border-line px-2 py-1 tabular-nums">{index + 1}</td>
            <td className="border-b border-line px-2 py-1 font-mono text-xs" data-testid="draw-order-reference">{row.reference}</td>
            <td className="border-b border-line px-2 py-1">
              {t(`outcomes.${row.outcome}`)}
              {row.penName !== null && <> · {t.rich("penName", { penName: row.penName, name: (chunks) => <bdi>{chunks}</bdi> })}</>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
