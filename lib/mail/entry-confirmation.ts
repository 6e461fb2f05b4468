import { type AppLocale } from "@/i18n/routing";
import type { Receipt } from "@/lib/entries/store";
import { siteUrl } from "@/lib/site/url";
import { mailIntl } from "./intl";
import { renderMail, type RenderedMail } from "./layout";

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
): RenderedMail {
  const { t, format } = mailIntl(locale);
  return renderMail(locale, {
    subject: t("EntryEmail.subject", { reference: receipt.reference }),
    blocks: [
      { kind: "paragraph", text: t("EntryEmail.greeting", { name }) },
      { kind: "paragraph", text: t("EntryEmail.intro") },
      {
        kind: "details",
        rows: [
          [t("EntryEmail.reference"), receipt.reference],
          [t("EntryEmail.submittedAt"), format.dateTime(receipt.submittedAt, "dateTime") + t("Time.jst")],
          [t("EntryEmail.window"), t("EntryEmail.windowValue", { window: receipt.windowNumber })],
          [t("EntryEmail.title"), receipt.title],
          [t("EntryEmail.penName"), receipt.penName],
        ],
      },
      { kind: "paragraph", text: t("EntryEmail.confirmLead") },
      { kind: "action", label: t("EntryEmail.confirmAction"), url: confirm.url },
      { kind: "paragraph", text: t("EntryEmail.codeLead") },
      { kind: "code", label: t("EntryEmail.code"), code: formatCode(confirm.code) },
      { kind: "paragraph", text: t("EntryEmail.expiry", { newLinkUrl: newLinkUrl(locale) }) },
      { kind: "paragraph", text: t("EntryEmail.pageLead") },
      { kind: "action", label: t("EntryEmail.pageAction"), url: confirm.pageUrl },
      { kind: "paragraph", text: t("EntryEmail.contact") },
      { kind: "paragraph", text: t("EntryEmail.ignore") },
    ],
  });
}

/**
 * To an address that already has a confirmed entry in the window: no name, no title (a stranger
 * may have typed them), but a link to that entry's page, which only the mailbox receives.
 */
export function composeAlreadyEnteredEmail(locale: AppLocale, entry: { reference: string; windowNumber: number; pageUrl: string }): RenderedMail {
  const { t } = mailIntl(locale);
  return renderMail(locale, {
    subject: t("EntryAlreadyEmail.subject"),
    blocks: [
      { kind: "paragraph", text: t("EntryAlreadyEmail.intro") },
      { kind: "paragraph", text: t("EntryAlreadyEmail.body", { reference: entry.reference, window: entry.windowNumber }) },
      { kind: "paragraph", text: t("EntryAlreadyEmail.pageLead") },
      { kind: "action", label: t("EntryAlreadyEmail.pageAction"), url: entry.pageUrl },
      { kind: "paragraph", text: t("EntryAlreadyEmail.ignore") },
    ],
  });
}

export function composeNewLinkEmail(locale: AppLocale, mail: { reference: string; url: string; code: string }): RenderedMail {
  const { t } = mailIntl(locale);
  return renderMail(locale, {
    subject: t("EntryNewLinkEmail.subject", { reference: mail.reference }),
    blocks: [
      { kind: "paragraph", text: t("EntryNewLinkEmail.intro") },
      { kind: "paragraph", text: t("EntryNewLinkEmail.body", { reference: mail.reference }) },
      { kind: "action", label: t("EntryNewLinkEmail.confirmAction"), url: mail.url },
      { kind: "code", label: t("EntryNewLinkEmail.code"), code: formatCode(mail.code) },
      { kind: "paragraph", text: t("EntryNewLinkEmail.expiry") },
    ],
  });
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
