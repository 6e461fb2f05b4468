import "server-only";
import { openWindowCondition, type EntryWindowTimes } from "@/lib/campaign/state";
import type { Queryable } from "@/lib/db/queryable";
import type { AppLocale } from "@/i18n/routing";
import { composeWindowOpenedEmail } from "@/lib/mail/reminders";
import { newReminderToken, reminderTokenHash, reminderUnsubscribeUrls } from "./links";

/** Subscribers read per round; each is then mailed in a statement of its own. */
const BATCH_SIZE = 200;

/**
 * Mails every confirmed subscriber once for the window open at `now` (none: nothing to do). Each
 * mail is ONE statement: the (subscription, window) notice is inserted with ON CONFLICT DO
 * NOTHING, and the mail and its unsubscribe token only if that insert happened. Any number of
 * instances (and the campaign CLI) may run this at once: the notice's primary key lets exactly
 * one of them write each mail. Returns the number of mails written.
 */
export async function sendWindowOpenedReminders(db: Queryable, now: Date): Promise<number> {
  const at = now.toISOString();
  const {
    rows: [window],
  } = await db.query<EntryWindowTimes>(`SELECT number, "opensAt", "closesAt" FROM "EntryWindow" WHERE ${openWindowCondition("$1")} LIMIT 1`, [at]);
  if (!window) return 0;
  let written = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows: subscribers } = await db.query<{ id: string; email: string; locale: AppLocale }>(
      `SELECT s.id, s.email, s.locale FROM "ReminderSubscription" s
       WHERE s."confirmedAt" IS NOT NULL AND s.id > $2::uuid
         AND NOT EXISTS (SELECT 1 FROM "ReminderNotice" n WHERE n."subscriptionId" = s.id AND n."windowNumber" = $1)
       ORDER BY s.id LIMIT ${BATCH_SIZE}`,
      [window.number, after],
    );
    for (const subscriber of subscribers) {
      const unsubscribe = newReminderToken();
      const mail = composeWindowOpenedEmail(subscriber.locale, { window, unsubscribe: reminderUnsubscribeUrls(subscriber.locale, unsubscribe) });
      const { rows } = await db.query<{ written: boolean }>(
        `WITH notice AS (
           INSERT INTO "ReminderNotice" ("subscriptionId", "windowNumber", "createdAt")
           SELECT id, $2, $3::timestamp FROM "ReminderSubscription" WHERE id = $1::uuid AND "confirmedAt" IS NOT NULL
           ON CONFLICT DO NOTHING
           RETURNING "subscriptionId"
         ),
         token AS (
           INSERT INTO "ReminderToken" (hash, "subscriptionId", purpose, "createdAt")
           SELECT $4, "subscriptionId", 'unsubscribe', $3::timestamp FROM notice
         ),
         mail AS (
           INSERT INTO "OutboxEmail" (id, "subscriptionId", "to", subject, text, html, "listUnsubscribe", "createdAt")
           SELECT gen_random_uuid(), "subscriptionId", $5, $6, $7, $8, $9, $3::timestamp FROM notice
         )
         SELECT EXISTS (SELECT 1 FROM notice) AS written`,
        [subscriber.id, window.number, at, reminderTokenHash("unsubscribe", unsubscribe), subscriber.email, mail.subject, mail.text, mail.html, mail.listUnsubscribe],
      );
      if (rows[0]!.written) written++;
    }
    if (subscribers.length < BATCH_SIZE) return written;
    after = subscribers.at(-1)!.id;
  }
}
