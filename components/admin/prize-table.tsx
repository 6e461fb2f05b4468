import { useTranslations } from "next-intl";
import Link from "next/link";
import { winnerAction } from "@/lib/admin/actions/winners";
import type { OfferState, PrizeRow } from "@/lib/winners/prize-offers";
import { ActionForm } from "./action-form";
import { ShortTime } from "./short-time";
import { SubmitButton } from "./submit-button";

const cell = "border-b border-line px-2 py-1.5 text-left align-top";

const TONES: Record<OfferState, string> = {
  pending: "bg-yellow-100 text-yellow-900",
  accepted: "bg-ok-soft text-ok",
  declined: "bg-gray-200 text-gray-800",
  expired: "bg-accent-soft text-accent",
  withdrawn: "bg-gray-200 text-gray-800",
};

export function OfferStateBadge({ state }: { state: OfferState }) {
  const t = useTranslations("Admin.winners.states");
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONES[state]}`}>{t(state)}</span>;
}

/**
 * Each prize as it stands (decision 32): who holds the offer, their answer (expired computed from
 * the deadline), whom it was offered to before, and the way on to the next reserve.
 */
export function PrizeTable({ prizes }: { prizes: PrizeRow[] }) {
  const t = useTranslations("Admin.winners");
  if (prizes.length === 0) return <p className="mt-2 text-sm">{t("none")}</p>;
  return (
    <table className="mt-2 w-full border-collapse text-sm">
      <caption className="sr-only">{t("current")}</caption>
      <thead>
        <tr className="bg-paper">
          <th scope="col" className={cell}>{t("entry")}</th>
          <th scope="col" className={cell}>{t("window")}</th>
          <th scope="col" className={cell}>{t("origin")}</th>
          <th scope="col" className={cell}>{t("answer")}</th>
          <th scope="col" className={cell}>{t("earlier")}</th>
          <th scope="col" className={cell}><span className="sr-only">{t("actions")}</span></th>
        </tr>
      </thead>
      <tbody>
        {prizes.map(({ id, drawId, current, earlier, passable }) => (
          <tr key={id} data-testid="prize">
            <td className={cell}>
              <Link href={`/admin/entries/${current.entry.id}`} className="font-semibold underline">
                {current.entry.erasedAt ? current.entry.reference : `${current.entry.title}（${current.entry.penName}）`}
              </Link>
            </td>
            <td className={cell}>{current.entry.windowNumber}</td>
            <td className={cell}>{drawId === null ? t("jury") : t("fromDraw", { id: drawId })}</td>
            <td className={cell}>
              <OfferStateBadge state={current.state} />{" "}
              {current.state === "pending" && <span className="text-xs">{t.rich("answerBy", { time: () => <ShortTime date={current.expiresAt} /> })}</span>}
            </td>
            <td className={cell}>
              {earlier.map((offer) => (
                <span key={offer.id} className="block font-mono text-xs">
                  {t("earlierOffer", { reference: offer.entry.reference, state: t(`states.${offer.state}`) })}
                </span>
              ))}
            </td>
            <td className={`${cell} space-y-1`}>
              {passable && drawId !== null && (
                <Link href={`/admin/winners/prizes/${id}`} className="block font-semibold underline">
                  {t("offerToReserve")}
                </Link>
              )}
              <ActionForm action={winnerAction.bind(null, current.entry.id)}>
                <SubmitButton variant="secondary" name="do" value="revoke">{t("revoke")}</SubmitButton>
              </ActionForm>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
