import { type AppLocale } from "@/i18n/routing";
import type { Receipt } from "@/lib/entries/store";
import { siteUrl } from "@/lib/site/url";
import { mailIntl } from "./intl";

type Email = { subject: string; text: string };

/** Where an entrant asks for a new confirmation link. */
export function newLinkUrl(locale: AppLocale): string {
  return `${siteUrl()}/${locale}/entry/confirm`;
}

/** The mail asking to confirm a received entry, in the language of the page it was sent from. */
export function composeConfirmationEmail(
  locale: AppLocale,
  name: string,
  receipt: Receipt,
  confirm: { url: string; code: string; pageUrl: string },
): Email {
  const { t, format } = mailIntl(locale);
  return {
    subject: t("EntryEmail.subject", { reference: receipt.reference }),
    text: t("EntryEmail.body", {
      name,
      reference: receipt.reference,
      submittedAt: format.dateTime(receipt.submittedAt, "dateTime") + t("Time.jst"),
      window: receipt.windowNumber,
      title: receipt.title,
      penName: receipt.penName,
      url: confirm.url,
      code: formatCode(confirm.code),
      newLinkUrl: newLinkUrl(locale),
      pageUrl: confirm.pageUrl,
    }),
  };
}

/**
 * To an address that already has a confirmed entry in the window: no name, no title (a stranger
 * may have typed them), but a link to that entry's page, which only the mailbox receives.
 */
export function composeAlreadyEnteredEmail(locale: AppLocale, entry: { reference: string; windowNumber: number; pageUrl: string }): Email {
  const { t } = mailIntl(locale);
  return {
    subject: t("EntryAlreadyEmail.subject"),
    text: t("EntryAlreadyEmail.body", { reference: entry.reference, window: entry.windowNumber, pageUrl: entry.pageUrl }),
  };
}

export function composeNewLinkEmail(locale: AppLocale, mail: { reference: string; url: string; code: string }): Email {
  const { t } = mailIntl(locale);
  return {
    subject: t("EntryNewLinkEmail.subject", { reference: mail.reference }),
    text: t("EntryNewLinkEmail.body", { reference: mail.reference, url: mail.url, code: formatCode(mail.code) }),
  };
}

/** 7KQ4XH2M → 7KQ4-XH2M: easier to read out and type. */
function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export const ENTRANT_MAILS = {
  confirmation: composeConfirmationEmail,
  alreadyEntered: composeAlreadyEnteredEmail,
  newLink: composeNewLinkEmail,
};
