import "server-only";
import nodemailer from "nodemailer";
import type { Queryable } from "@/lib/db/queryable";

/**
 * Delivers the emails written to the OutboxEmail table (in the same transaction as what caused
 * them). Any number of workers may run (decision 19): a worker claims one due row at a time with
 * FOR UPDATE SKIP LOCKED and, in the same statement, counts the attempt and moves the row's next
 * attempt into the future. That lease outlasts one send (the SMTP timeouts below), so no other
 * worker takes the row while it is being sent; if the sender dies, the row is due again when the
 * lease ends. A row is sent at least once, and twice only if a send outlives its lease.
 */
export type OutgoingEmail = { id: string; to: string; subject: string; text: string; html: string | null; listUnsubscribe: string | null };
export type SendEmail = (email: OutgoingEmail) => Promise<void>;

/** After this many failed attempts (the last about 8.5 hours after the first) a row is left alone. */
export const MAX_ATTEMPTS = 10;

/**
 * Claims due rows one by one and sends them. Claiming attempt n (counting from 0) sets the next
 * attempt 2^n minutes later: retries after 1, 2, 4, 8… minutes, each counted from the claim.
 */
export async function deliverPendingEmails(
  db: Queryable,
  send: SendEmail,
  { now = new Date(), batchSize = 20 } = {},
): Promise<{ sent: number; failed: number }> {
  const started = Date.now();
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < batchSize; i++) {
    // Each lease counts from its own claim, however long the previous sends took.
    const at = new Date(now.getTime() + Date.now() - started).toISOString();
    const {
      rows: [email],
    } = await db.query<OutgoingEmail>(
      `UPDATE "OutboxEmail" SET attempts = attempts + 1, "nextAttemptAt" = $2::timestamp + power(2, attempts) * interval '1 minute'
       WHERE id = (
         SELECT id FROM "OutboxEmail"
         WHERE "sentAt" IS NULL AND attempts < $1 AND "nextAttemptAt" <= $2::timestamp
         ORDER BY "nextAttemptAt"
         LIMIT 1
         FOR UPDATE SKIP LOCKED
       )
       RETURNING id, "to", subject, text, html, "listUnsubscribe"`,
      [MAX_ATTEMPTS, at],
    );
    if (!email) break;
    try {
      await send(email);
      await db.query(`UPDATE "OutboxEmail" SET "sentAt" = $2::timestamp, "lastError" = NULL WHERE id = $1`, [email.id, at]);
      sent++;
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db.query(`UPDATE "OutboxEmail" SET "lastError" = $2 WHERE id = $1`, [email.id, message]);
      failed++;
    }
  }
  return { sent, failed };
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
    await transport.sendMail({
      to: email.to,
      subject: email.subject,
      // Both bodies make a multipart/alternative mail; rows from before HTML mail have text only.
      text: email.text,
      ...(email.html ? { html: email.html } : {}),
      ...(email.listUnsubscribe
        ? { list: { unsubscribe: email.listUnsubscribe }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
        : {}),
    });
  };
}
