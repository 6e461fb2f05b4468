import "server-only";
import { db } from "@/lib/db/client";

/**
 * The development mailbox lists outbox emails (which hold entrants' addresses), so it exists only
 * when no SMTP server is configured AND either in development or with DEV_MAILBOX=1 (the browser
 * tests run the production build with it). Never set DEV_MAILBOX on a real deployment.
 */
export function devMailboxEnabled(): boolean {
  if (process.env.SMTP_URL) return false;
  return process.env.NODE_ENV !== "production" || process.env.DEV_MAILBOX === "1";
}

export function getRecentOutboxEmails() {
  return db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, createdAt: true, sentAt: true },
  });
}
