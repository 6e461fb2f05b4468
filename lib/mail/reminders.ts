import type { AppLocale } from "@/i18n/routing";
import type { EntryWindowTimes } from "@/lib/campaign/state";
import { siteUrl } from "@/lib/site/url";
import { mailIntl } from "./intl";
import { renderMail, type RenderedMail } from "./layout";

type Unsubscribe = { url: string; oneClickUrl: string };

/** The double opt-in: a link to the page whose button confirms the subscription. */
export function composeReminderConfirmationEmail(locale: AppLocale, mail: { confirmUrl: string; unsubscribe: Unsubscribe }): RenderedMail {
  const { t } = mailIntl(locale);
  return renderMail(locale, {
    subject: t("ReminderConfirmEmail.subject"),
    blocks: [
      { kind: "paragraph", text: t("ReminderConfirmEmail.intro") },
      { kind: "paragraph", text: t("ReminderConfirmEmail.lead") },
      { kind: "action", label: t("ReminderConfirmEmail.action"), url: mail.confirmUrl },
      { kind: "paragraph", text: t("ReminderConfirmEmail.retention") },
      { kind: "paragraph", text: t("ReminderConfirmEmail.ignore") },
    ],
    unsubscribe: mail.unsubscribe,
  });
}

/** To a confirmed subscriber, once per window: entries are open, until when, and where to send one. */
export function composeWindowOpenedEmail(locale: AppLocale, mail: { window: EntryWindowTimes; unsubscribe: Unsubscribe }): RenderedMail {
  const { t, format } = mailIntl(locale);
  const time = (date: Date) => format.dateTime(date, "dateTime") + t("Time.jst");
  return renderMail(locale, {
    subject: t("WindowOpenedEmail.subject", { window: mail.window.number }),
    blocks: [
      { kind: "paragraph", text: t("WindowOpenedEmail.intro", { window: mail.window.number }) },
      {
        kind: "details",
        rows: [
          [t("WindowOpenedEmail.opensAt"), time(mail.window.opensAt)],
          [t("WindowOpenedEmail.closesAt"), time(mail.window.closesAt)],
        ],
      },
      { kind: "action", label: t("WindowOpenedEmail.action"), url: `${siteUrl()}/${locale}/entry` },
      { kind: "paragraph", text: t("WindowOpenedEmail.once") },
    ],
    unsubscribe: mail.unsubscribe,
  });
}
