import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AppLocale } from "@/i18n/routing";
import { siteUrl } from "@/lib/site/url";

export type ReminderTokenPurpose = "confirm" | "unsubscribe";

/** 256 random bits, mailed once; the database keeps only `reminderTokenHash`. */
export function newReminderToken(): string {
  return randomBytes(32).toString("base64url");
}

export function reminderTokenHash(purpose: ReminderTokenPurpose, token: string): string {
  return createHash("sha256").update(`reminder_${purpose}:${token}`).digest("hex");
}

/** Opens a page with the confirm button (opening it changes nothing). */
export function reminderConfirmUrl(locale: AppLocale, token: string): string {
  return `${siteUrl()}/${locale}/reminders/confirm?token=${token}`;
}

/** The footer link (a page with a button) and the List-Unsubscribe target (a POST there unsubscribes). */
export function reminderUnsubscribeUrls(locale: AppLocale, token: string): { url: string; oneClickUrl: string } {
  return { url: `${siteUrl()}/${locale}/reminders/unsubscribe?token=${token}`, oneClickUrl: `${siteUrl()}/api/reminders/unsubscribe?token=${token}` };
}
