import "server-only";
import { randomUUID } from "node:crypto";
import { createFormatter, createTranslator } from "next-intl";
import { FORMATS } from "@/i18n/formats";
import { TIME_ZONE } from "@/i18n/routing";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

const MESSAGES = { ja, en } as const;

/**
 * Tells a staff member, in their console language, that their account collected many failed
 * passwords. Sign-in is not blocked for them (only the guessing addresses are slowed down), so the
 * mail says what to do if it was not them.
 */
export async function queueAccountAlert(tx: Prisma.TransactionClient, { to, locale, failures, at }: { to: string; locale: Locale; failures: number; at: Date }) {
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "StaffAlertEmail" });
  const format = createFormatter({ locale, timeZone: TIME_ZONE, formats: FORMATS });
  const time = format.dateTime(at, "dateTime") + createTranslator({ locale, messages: MESSAGES[locale] })("Time.jst");
  await tx.outboxEmail.create({ data: { id: randomUUID(), to, subject: t("subject"), text: t("body", { failures, time }) } });
}
