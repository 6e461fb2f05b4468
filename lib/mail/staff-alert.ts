import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/generated/prisma/enums";
import { mailIntl } from "./intl";
import { paragraphs, renderMail } from "./layout";

/**
 * Tells a staff member, in their console language, that their account collected many failed
 * passwords. Sign-in is not blocked for them (only the guessing addresses are slowed down), so the
 * mail says what to do if it was not them.
 */
export async function queueAccountAlert(tx: Prisma.TransactionClient, { to, locale, failures, at }: { to: string; locale: Locale; failures: number; at: Date }) {
  const { t, format } = mailIntl(locale);
  const time = format.dateTime(at, "dateTime") + t("Time.jst");
  const mail = renderMail(locale, { subject: t("StaffAlertEmail.subject"), blocks: paragraphs(t("StaffAlertEmail.body", { failures, time })) });
  await tx.outboxEmail.create({ data: { id: randomUUID(), to, ...mail } });
}
