import type { AppLocale } from "@/i18n/routing";
import { mailIntl } from "./intl";

type Email = { subject: string; text: string };

/** "Send me my link": a link to the page of each of the address's entries. */
export function composeEntrantLinkEmail(locale: AppLocale, links: { reference: string; url: string }[]): Email {
  const { t } = mailIntl(locale);
  const list = links.map((link) => t("EntrantLinkEmail.item", link)).join("\n\n");
  return { subject: t("EntrantLinkEmail.subject"), text: t("EntrantLinkEmail.body", { links: list }) };
}

export function composeWithdrawnEmail(locale: AppLocale, entry: { reference: string }): Email {
  const { t } = mailIntl(locale);
  return { subject: t("EntryWithdrawnEmail.subject", entry), text: t("EntryWithdrawnEmail.body", entry) };
}

export function composePublicationWithdrawnEmail(locale: AppLocale, entry: { reference: string; unpublished: boolean }): Email {
  const { t } = mailIntl(locale);
  return {
    subject: t("PublicationWithdrawnEmail.subject", { reference: entry.reference }),
    text: t("PublicationWithdrawnEmail.body", { reference: entry.reference, unpublished: String(entry.unpublished) }),
  };
}

export function composeErasureRequestedEmail(locale: AppLocale, entry: { reference: string }): Email {
  const { t } = mailIntl(locale);
  return { subject: t("ErasureRequestedEmail.subject", entry), text: t("ErasureRequestedEmail.body", entry) };
}

export function composeErasureDoneEmail(locale: AppLocale, entry: { reference: string }): Email {
  const { t } = mailIntl(locale);
  return { subject: t("ErasureDoneEmail.subject", entry), text: t("ErasureDoneEmail.body", entry) };
}

export const ENTRANT_PAGE_MAILS = {
  entrantLinks: composeEntrantLinkEmail,
  withdrawn: composeWithdrawnEmail,
  publicationWithdrawn: composePublicationWithdrawnEmail,
  erasureRequested: composeErasureRequestedEmail,
  erasureDone: composeErasureDoneEmail,
};
