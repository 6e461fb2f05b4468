import { createFormatter, createTranslator } from "next-intl";
import { FORMATS } from "@/i18n/formats";
import { routing, TIME_ZONE, type AppLocale } from "@/i18n/routing";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

const MESSAGES = { ja, en } as const;

type MailIntl = { t: ReturnType<typeof createTranslator<typeof ja>>; format: ReturnType<typeof createFormatter> };

// Built once per locale: a translator parses its messages on first use and keeps them.
const INTL = Object.fromEntries(
  routing.locales.map((locale) => [
    locale,
    {
      t: createTranslator({ locale, messages: MESSAGES[locale] }),
      format: createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS }),
    },
  ]),
) as Record<AppLocale, MailIntl>;

/** Translator and Japan-time formatter for mails in `locale`. */
export function mailIntl(locale: AppLocale): MailIntl {
  return INTL[locale];
}
