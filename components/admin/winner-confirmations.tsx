import { useTranslations } from "next-intl";
import { JstTime } from "@/components/ui/jst-time";
import { nextReserveAction, winnerAction } from "@/lib/admin/actions/winners";
import type { MarkPreview } from "@/lib/winners/winners";
import type { PrizePassPreview } from "@/lib/winners/prize-offers";
import { ConfirmActionForm } from "./confirm-action-form";
import { OfferStateBadge } from "./prize-table";
import { SubmitButton } from "./submit-button";

const box = "mt-4 max-w-prose space-y-3 rounded border border-line p-4";

/** What marking this entry a winner does, and the button that does it. */
export function MarkWinnerConfirmation({ preview: { entry, winnable, left, acceptanceDeadline } }: { preview: MarkPreview }) {
  const t = useTranslations("Admin.winners");
  const errors = useTranslations("Admin.errors");
  const languages = useTranslations("Languages");
  return (
    <section className={box} aria-labelledby="mark-entry">
      <h2 id="mark-entry" className="font-semibold">
        {entry.erasedAt ? entry.reference : <bdi lang={entry.language}>{entry.title}（{entry.penName}）</bdi>}
      </h2>
      <p>{t("confirmMark.lead", { reference: entry.reference, window: entry.windowNumber })}</p>
      {entry.status === "winner" ? (
        <p className="font-semibold">{t("confirmMark.isWinner")}</p>
      ) : !winnable ? (
        <p className="font-semibold">{t("confirmMark.notWinnable")}</p>
      ) : left <= 0 ? (
        <p className="font-semibold text-accent">{errors("prizesExhausted")}</p>
      ) : (
        <>
          <p>{t("confirmMark.left", { left })}</p>
          {acceptanceDeadline ? (
            <p>{t.rich("confirmMark.mail", { language: languages(entry.language), time: () => <JstTime date={acceptanceDeadline} /> })}</p>
          ) : (
            <p className="font-semibold text-accent">{t("noDeadline")}</p>
          )}
          <ConfirmActionForm action={winnerAction.bind(null, entry.id)} label={t("confirmMark.title")}>
            <SubmitButton name="do" value="mark">{t("confirmMark.submit")}</SubmitButton>
          </ConfirmActionForm>
        </>
      )}
    </section>
  );
}

/** The prize's state, the reserve who would be offered it, and the button that offers it. */
export function NextReserveConfirmation({ preview: { prize, current, refusal, next, acceptanceDeadline } }: { preview: PrizePassPreview }) {
  const t = useTranslations("Admin.winners");
  const errors = useTranslations("Admin.errors");
  const languages = useTranslations("Languages");
  return (
    <section className={box} aria-labelledby="prize-state">
      <p id="prize-state">
        {t("confirmNext.current", { id: prize.id, reference: current.reference, state: t(`states.${current.state}`) })}{" "}
        <OfferStateBadge state={current.state} />
      </p>
      {refusal || !next ? (
        <p className="font-semibold text-accent">{errors(refusal ?? "noReserveLeft")}</p>
      ) : (
        <>
          <p>{t("confirmNext.next", { drawId: prize.drawId!, reference: next.entry.reference, language: languages(next.entry.language) })}</p>
          {next.skipped.length > 0 && <p className="text-sm">{t("confirmNext.skipped", { references: next.skipped.join(", ") })}</p>}
          {acceptanceDeadline ? (
            <p>{t.rich("confirmNext.mail", { time: () => <JstTime date={acceptanceDeadline} /> })}</p>
          ) : (
            <p className="font-semibold text-accent">{t("noDeadline")}</p>
          )}
          <ConfirmActionForm action={nextReserveAction.bind(null, prize.id)} label={t("confirmNext.title")}>
            <SubmitButton>{t("confirmNext.submit", { reference: next.entry.reference })}</SubmitButton>
          </ConfirmActionForm>
        </>
      )}
    </section>
  );
}
