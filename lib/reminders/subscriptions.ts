import "server-only";
import type { AppLocale } from "@/i18n/routing";
import type { Queryable } from "@/lib/db/queryable";
import { CONFIRMATION_TTL_MS } from "@/lib/entries/confirmation";
import { emailKey } from "@/lib/entries/store";
import { composeReminderConfirmationEmail } from "@/lib/mail/reminders";
import { hourBucket, recipientBucketCte, recipientKey } from "@/lib/mail/recipient-cap";
import { newReminderToken, reminderConfirmUrl, reminderTokenHash, reminderUnsubscribeUrls } from "./links";

/**
 * "Remind me when entries open" (docs/decisions/0028-html-mail-and-reminders.md): a double
 * opt-in list, in the subscriber's language. The sign-up answers the same whatever the address;
 * only the mailbox learns something.
 */

/**
 * Signs an address up, or renews the link of a sign-up never confirmed, and writes the
 * confirmation mail (counted against the recipient's hourly cap) in ONE statement. A confirmed
 * address gets nothing: the request changes nothing and mails no one.
 */
export async function subscribeToReminders(
  db: Queryable,
  email: string,
  { locale, now, secret, mailCap }: { locale: AppLocale; now: Date; secret: string; mailCap: number },
): Promise<void> {
  const confirm = newReminderToken();
  const unsubscribe = newReminderToken();
  const mail = composeReminderConfirmationEmail(locale, {
    confirmUrl: reminderConfirmUrl(locale, confirm),
    unsubscribe: reminderUnsubscribeUrls(locale, unsubscribe),
  });
  await db.query(
    `WITH subscription AS (
       INSERT INTO "ReminderSubscription" (id, email, "emailKey", locale, "createdAt")
       VALUES (gen_random_uuid(), $1, $2, $3::"Locale", $4::timestamp)
       ON CONFLICT ("emailKey") DO UPDATE SET locale = EXCLUDED.locale
       WHERE "ReminderSubscription"."confirmedAt" IS NULL
       RETURNING id
     ),
     tokens AS (
       INSERT INTO "ReminderToken" (hash, "subscriptionId", purpose, "expiresAt", "createdAt")
       SELECT token.hash, subscription.id, token.purpose::"ReminderTokenPurpose", token.expires, $4::timestamp
       FROM subscription,
            (VALUES ($5, 'confirm', $4::timestamp + $6::bigint * interval '1 millisecond'), ($7, 'unsubscribe', NULL)) AS token(hash, purpose, expires)
     ),
     ${recipientBucketCte({ key: "$8", bucket: "$9", source: "subscription" })}
     INSERT INTO "OutboxEmail" (id, "subscriptionId", "to", subject, text, html, "listUnsubscribe", "createdAt")
     SELECT gen_random_uuid(), subscription.id, $1, $10, $11, $12, $13, $4::timestamp
     FROM subscription, recipient WHERE recipient.count <= $14::int`,
    [
      email,
      emailKey(email),
      locale,
      now.toISOString(),
      reminderTokenHash("confirm", confirm),
      CONFIRMATION_TTL_MS,
      reminderTokenHash("unsubscribe", unsubscribe),
      recipientKey(email, secret),
      hourBucket(now),
      mail.subject,
      mail.text,
      mail.html,
      mail.listUnsubscribe,
      mailCap,
    ],
  );
}

export type ReminderConfirmOutcome = "confirmed" | "alreadyConfirmed" | "expired" | "unknown";

/** The POST of the confirmation link's button: spends the link and confirms its subscription. */
export async function confirmReminderSubscription(db: Queryable, token: string, now: Date): Promise<ReminderConfirmOutcome> {
  const hash = reminderTokenHash("confirm", token);
  const at = now.toISOString();
  const { rowCount } = await db.query(
    `WITH token AS (
       UPDATE "ReminderToken" SET "usedAt" = $2::timestamp
       WHERE hash = $1 AND purpose = 'confirm' AND "usedAt" IS NULL AND "expiresAt" > $2::timestamp
       RETURNING "subscriptionId"
     )
     UPDATE "ReminderSubscription" s SET "confirmedAt" = COALESCE(s."confirmedAt", $2::timestamp)
     FROM token WHERE s.id = token."subscriptionId"`,
    [hash, at],
  );
  if (rowCount) return "confirmed";
  const { rows } = await db.query<{ confirmed: boolean; expired: boolean }>(
    `SELECT s."confirmedAt" IS NOT NULL AS confirmed, t."expiresAt" <= $2::timestamp AS expired
     FROM "ReminderToken" t JOIN "ReminderSubscription" s ON s.id = t."subscriptionId"
     WHERE t.hash = $1 AND t.purpose = 'confirm'`,
    [hash, at],
  );
  if (!rows[0]) return "unknown";
  if (rows[0].confirmed) return "alreadyConfirmed";
  return rows[0].expired ? "expired" : "unknown";
}

/**
 * Any unsubscribe link of a subscription deletes it whole: its tokens, its notices and its mails,
 * sent or still waiting. False when the link is unknown (or was used already).
 */
export async function unsubscribeFromReminders(db: Queryable, token: string): Promise<boolean> {
  const { rowCount } = await db.query(
    `DELETE FROM "ReminderSubscription" s USING "ReminderToken" t
     WHERE t.hash = $1 AND t.purpose = 'unsubscribe' AND s.id = t."subscriptionId"`,
    [reminderTokenHash("unsubscribe", token)],
  );
  return rowCount === 1;
}

/**
 * The documented clean-up (background work of `npm start`): sign-ups never confirmed once their
 * last link expired, and every subscription once the winners are announced — no window can open
 * after that, and the list is kept for nothing else.
 */
export async function deleteEndedSubscriptions(db: Queryable, now: Date): Promise<number> {
  const { rowCount } = await db.query(
    `DELETE FROM "ReminderSubscription" s
     WHERE (SELECT "announcementAt" FROM "CampaignSettings" WHERE id = 1) <= $1::timestamp
        OR (s."confirmedAt" IS NULL AND NOT EXISTS (
              SELECT 1 FROM "ReminderToken" t
              WHERE t."subscriptionId" = s.id AND t.purpose = 'confirm' AND t."expiresAt" > $1::timestamp))`,
    [now.toISOString()],
  );
  return rowCount ?? 0;
}
