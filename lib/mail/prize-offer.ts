import type { AppLocale } from "@/i18n/routing";
import { mailIntl } from "./intl";

type Email = { subject: string; text: string };

/**
 * The mail offering a prize to a winner or a reserve, in the entrant's language: the link opens a
 * page with Accept and Decline buttons, valid until the deadline.
 */
export function composePrizeOfferEmail(
  locale: AppLocale,
  offer: { name: string; reference: string; title: string; url: string; deadline: Date },
): Email {
  const { t, format } = mailIntl(locale);
  return {
    subject: t("PrizeOfferEmail.subject", { reference: offer.reference }),
    text: t("PrizeOfferEmail.body", {
      name: offer.name,
      reference: offer.reference,
      title: offer.title,
      url: offer.url,
      deadline: format.dateTime(offer.deadline, "dateTime") + t("Time.jst"),
    }),
  };
}
