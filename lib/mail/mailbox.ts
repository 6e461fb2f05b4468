import "server-only";
import { db } from "@/lib/db/client";

/**
 * The development mailbox lists outbox emails (which hold entrants' addresses and their
 * confirmation links), so it exists only in development without an SMTP server. A production
 * build never shows it, whatever the environment says (decision 21); tests read the outbox table
 * or the fake SMTP server instead.
 */
export function devMailboxEnabled(): boolean {
  return process.env.NODE_ENV !== "production" && !process.env.SMTP_URL;
}

export function getRecentOutboxEmails() {
  return db.outboxEmail.findMany({
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true, sentAt: true },
  });
}
