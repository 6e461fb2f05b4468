import { createFormatter, createTranslator } from "next-intl";
import { FORMATS } from "@/i18n/formats";
import { routing, TIME_ZONE, type AppLocale } from "@/i18n/routing";
import type { Receipt } from "@/lib/entries/store";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

const MESSAGES = { ja, en } as const;

// Built once per locale: a translator parses its messages on first use and keeps them.
const INTL = Object.fromEntries(
  routing.locales.map((locale) => [
    locale,
    {
      t: createTranslator({ locale, messages: MESSAGES[locale] }),
      format: createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS }),
    },
  ]),
) as Record<AppLocale, { t: ReturnType<typeof createTranslator<typeof ja>>; format: ReturnType<typeof createFormatter> }>;

/** The confirmation email for a received entry, in the language of the page it was sent from. */
export function composeConfirmationEmail(locale: AppLocale, name: string, receipt: Receipt): { subject: string; text: string } {
  const { t, format } = INTL[locale];
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
