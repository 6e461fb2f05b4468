import "server-only";
import nodemailer from "nodemailer";
import type { Queryable } from "@/lib/db/queryable";

/**
 * Delivers the emails written to the OutboxEmail table (in the same transaction as what caused
 * them). Any number of workers may run: each claims a batch with FOR UPDATE SKIP LOCKED and counts
 * the attempt before sending, so a row is sent by one worker at a time, at least once.
 */
export type OutgoingEmail = { id: string; to: string; subject: string; text: string };
export type SendEmail = (email: OutgoingEmail) => Promise<void>;

/** After this many failed attempts (the last about 8.5 hours after the first) a row is left alone. */
export const MAX_ATTEMPTS = 10;

/**
 * Claims due rows and sends them. Attempt n (counting from 0) is due 2^n − 1 minutes after the row
 * was written: at once, then after 1, 3, 7, 15… minutes.
 */
export async function deliverPendingEmails(
  db: Queryable,
  send: SendEmail,
  { now = new Date(), batchSize = 20 } = {},
): Promise<{ sent: number; failed: number }> {
  const at = now.toISOString();
  const { rows } = await db.query<OutgoingEmail>(
    `UPDATE "OutboxEmail" SET attempts = attempts + 1
     WHERE id IN (
       SELECT id FROM "OutboxEmail"
       WHERE "sentAt" IS NULL AND attempts < $1
         AND "createdAt" + (power(2, attempts) - 1) * interval '1 minute' <= $2::timestamp
       ORDER BY "createdAt"
       LIMIT $3
       FOR UPDATE SKIP LOCKED
     )
     RETURNING id, "to", subject, text`,
    [MAX_ATTEMPTS, at, batchSize],
  );
  let sent = 0;
  for (const email of rows) {
    try {
      await send(email);
      await db.query(`UPDATE "OutboxEmail" SET "sentAt" = $2::timestamp, "lastError" = NULL WHERE id = $1`, [email.id, at]);
      sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db.query(`UPDATE "OutboxEmail" SET "lastError" = $2 WHERE id = $1`, [email.id, message]);
    }
  }
  return { sent, failed: rows.length - sent };
}

const SMTP_TIMEOUTS_MS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Sends through the SMTP server at `url`, e.g. smtps://user:password@smtp.example.com:465. Query
 * parameters are nodemailer options; short timeouts are added unless the URL sets its own.
 */
export function smtpSender(url: string, from: string): SendEmail {
  const withTimeouts = new URL(url);
  for (const [option, ms] of Object.entries(SMTP_TIMEOUTS_MS)) {
    if (!withTimeouts.searchParams.has(option)) withTimeouts.searchParams.set(option, String(ms));
  }
  const transport = nodemailer.createTransport(withTimeouts.toString(), { from });
  return async (email) => {
    await transport.sendMail({ to: email.to, subject: email.subject, text: email.text });
  };
}
