import type { AppLocale } from "@/i18n/routing";
import { mailIntl } from "./intl";
import { paragraphs, renderMail, type MailBlock, type RenderedMail } from "./layout";

/** "Send me my link": a link to the page of each of the address's entries. */
export function composeEntrantLinkEmail(locale: AppLocale, links: { reference: string; url: string }[]): RenderedMail {
  const { t } = mailIntl(locale);
  const entries = links.flatMap((link): MailBlock[] => [
    { kind: "paragraph", text: t("EntrantLinkEmail.item", { reference: link.reference }) },
    { kind: "action", label: t("EntrantLinkEmail.action"), url: link.url },
  ]);
  return renderMail(locale, {
    subject: t("EntrantLinkEmail.subject"),
    blocks: [...paragraphs(t("EntrantLinkEmail.intro")), ...entries, ...paragraphs(t("EntrantLinkEmail.after"))],
  });
}

export function composeWithdrawnEmail(locale: AppLocale, entry: { reference: string }): RenderedMail {
  const { t } = mailIntl(locale);
  return renderMail(locale, { subject: t("EntryWithdrawnEmail.subject", entry), blocks: paragraphs(t("EntryWithdrawnEmail.body", entry)) });
}

export function composePublicationWithdrawnEmail(locale: AppLocale, entry: { reference: string; unpublished: boolean }): RenderedMail {
  const { t } = mailIntl(locale);
  return renderMail(locale, {
    subject: t("PublicationWithdrawnEmail.subject", { reference: entry.reference }),
    blocks: paragraphs(t("PublicationWithdrawnEmail.body", { reference: entry.reference, unpublished: String(entry.unpublished) })),
  });
}

export function composeErasureRequestedEmail(locale: AppLocale, entry: { reference: string }): RenderedMail {
  const { t } = mailIntl(locale);
  return renderMail(locale, { subject: t("ErasureRequestedEmail.subject", entry), blocks: paragraphs(t("ErasureRequestedEmail.body", entry)) });
}

export function composeErasureDoneEmail(locale: AppLocale, entry: { reference: string }): RenderedMail {
  const { t } = mailIntl(locale);
  return renderMail(locale, { subject: t("ErasureDoneEmail.subject", entry), blocks: paragraphs(t("ErasureDoneEmail.body", entry)) });
}

export const ENTRANT_PAGE_MAILS = {
  entrantLinks: composeEntrantLinkEmail,
  withdrawn: composeWithdrawnEmail,
  publicationWithdrawn: composePublicationWithdrawnEmail,
  erasureRequested: composeErasureRequestedEmail,
  erasureDone: composeErasureDoneEmail,
};
