import type { AppLocale } from "@/i18n/routing";
import { mailIntl } from "./intl";
import { renderMail, type RenderedMail } from "./layout";

/**
 * The mail offering a prize to a winner or a reserve, in the entrant's language: the link opens a
 * page with Accept and Decline buttons, valid until the deadline.
 */
export function composePrizeOfferEmail(
  locale: AppLocale,
  offer: { name: string; reference: string; title: string; url: string; deadline: Date },
): RenderedMail {
  const { t, format } = mailIntl(locale);
  return renderMail(locale, {
    subject: t("PrizeOfferEmail.subject", { reference: offer.reference }),
    blocks: [
      { kind: "paragraph", text: t("PrizeOfferEmail.greeting", { name: offer.name }) },
      { kind: "paragraph", text: t("PrizeOfferEmail.intro") },
      {
        kind: "details",
        rows: [
          [t("PrizeOfferEmail.title"), offer.title],
          [t("PrizeOfferEmail.reference"), offer.reference],
          [t("PrizeOfferEmail.deadline"), format.dateTime(offer.deadline, "dateTime") + t("Time.jst")],
        ],
      },
      { kind: "paragraph", text: t("PrizeOfferEmail.lead") },
      { kind: "action", label: t("PrizeOfferEmail.action"), url: offer.url },
      { kind: "paragraph", text: t("PrizeOfferEmail.afterDeadline") },
    ],
  });
}
