import { createFormatter, createTranslator } from "next-intl";
import { FORMATS } from "@/i18n/formats";
import { TIME_ZONE, type AppLocale } from "@/i18n/routing";
import type { Receipt } from "@/lib/entries/store";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

const MESSAGES = { ja, en } as const;

/** The confirmation email for a received entry, in the language of the page it was sent from. */
export function composeConfirmationEmail(locale: AppLocale, name: string, receipt: Receipt): { subject: string; text: string } {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS });
  return {
    subject: t("EntryEmail.subject", { reference: receipt.reference }),
    text: t("EntryEmail.body", {
      name,
      reference: receipt.reference,
      submittedAt: format.dateTime(receipt.submittedAt, "dateTime") + t("Time.jst"),
      window: receipt.windowNumber,
      title: receipt.title,
      penName: receipt.penName,
    }),
  };
}
