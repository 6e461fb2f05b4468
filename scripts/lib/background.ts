import pg from "pg";
import { pgPoolConfig } from "../../lib/db/connection";
import { pruneRateLimitBuckets } from "../../lib/entries/admission";
import { confirmationGraceMs } from "../../lib/entries/config";
import { deleteUnconfirmedEntries } from "../../lib/entries/confirmation";
import { deleteExpiredEntrantTokens } from "../../lib/entries/expired-tokens";
import { deliverPendingEmails, smtpSender } from "../../lib/mail/outbox";
import { deleteEndedSubscriptions } from "../../lib/reminders/subscriptions";
import { sendWindowOpenedReminders } from "../../lib/reminders/window-opened";

const OUTBOX_INTERVAL_MS = 5_000;
const PRUNE_INTERVAL_MS = 60 * 60 * 1000;

/** How often each instance looks for a window that opened with subscribers not yet told. */
function reminderIntervalMs(): number {
  const seconds = Number(process.env.REMINDER_CHECK_SECONDS || 60);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`REMINDER_CHECK_SECONDS must be a number > 0, got "${process.env.REMINDER_CHECK_SECONDS}"`);
  return seconds * 1000;
}
const DEFAULT_FROM = "Connected Stories <no-reply@localhost>";

/**
 * Work that runs beside the web server in the `npm start` / `npm run dev` process: sending the
 * email outbox (only when SMTP_URL is set; otherwise emails wait in the table and the development
 * mailbox shows them), forgetting old rate-limit buckets, deleting entries never confirmed
 * once their window's grace period is over (decision 20), expired links to entrants' pages and
 * their sessions (decision 27), mailing reminder subscribers when a window opens and deleting their
 * subscriptions when they expire or the campaign ends (decision 28). Safe to run in several instances.
 */
export function startBackgroundWork(databaseUrl: string, { log = console.log } = {}): () => Promise<void> {
  const config = pgPoolConfig(databaseUrl, { max: 2, connectionTimeoutMillis: 5_000 });
  const pool = new pg.Pool(config);
  pool.on("error", (error) => console.error("[background] idle connection failed:", error.message));
  const timers: NodeJS.Timeout[] = [];

  function every(ms: number, task: () => Promise<void>, { now = false } = {}) {
    let running = false;
    const run = async () => {
      if (running) return;
      running = true;
      try {
        await task();
      } catch (error) {
        console.error("[background]", error instanceof Error ? error.message : error);
      } finally {
        running = false;
      }
    };
    timers.push(setInterval(run, ms));
    if (now) void run();
  }

  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    const send = smtpSender(smtpUrl, process.env.MAIL_FROM ?? DEFAULT_FROM);
    every(OUTBOX_INTERVAL_MS, async () => {
      const { sent, failed } = await deliverPendingEmails(pool, send);
      if (sent || failed) log(`Outbox: ${sent} sent, ${failed} failed (will retry)`);
    });
  } else {
    log("SMTP_URL is not set: emails stay in the outbox (in development, see /ja/dev/mailbox)");
  }
  every(PRUNE_INTERVAL_MS, async () => void (await pruneRateLimitBuckets(pool, new Date())), { now: true });
  every(
    PRUNE_INTERVAL_MS,
    async () => {
      const deleted = await deleteUnconfirmedEntries(pool, new Date(), confirmationGraceMs());
      if (deleted) log(`Deleted ${deleted} entries never confirmed`);
      await deleteExpiredEntrantTokens(pool, new Date());
    },
    { now: true },
  );

  every(
    reminderIntervalMs(),
    async () => {
      const written = await sendWindowOpenedReminders(pool, new Date());
      if (written) log(`Reminders: ${written} "entries are open" mails written to the outbox`);
    },
    { now: true },
  );
  every(
    PRUNE_INTERVAL_MS,
    async () => {
      const deleted = await deleteEndedSubscriptions(pool, new Date());
      if (deleted) log(`Deleted ${deleted} reminder subscriptions (never confirmed, or the campaign is over)`);
    },
    { now: true },
  );

  return async () => {
    timers.forEach(clearInterval);
    await pool.end();
  };
}
