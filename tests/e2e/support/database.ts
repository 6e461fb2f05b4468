import pg from "pg";
import { DEFAULT_SCHEDULE } from "../../../lib/campaign/defaults";
import type { Schedule } from "../../../lib/campaign/state";
import { poolConfigFromUrl } from "../../../lib/db/connection";
import { scriptClient } from "../../../scripts/lib/prepare";

function e2eUrl(): string {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the browser tests through `npm test`");
  return url;
}

/** Prisma on the browser tests' database (the `e2e` schema the server under test uses). */
export function e2eDatabase() {
  return scriptClient(e2eUrl());
}

/** The e2e schema behind the server under test, for arranging and checking what it stores. */
export function e2ePool(): pg.Pool {
  const { schema: _, ...config } = poolConfigFromUrl(e2eUrl(), { max: 2 });
  return new pg.Pool(config);
}

export async function setSchedule(pool: pg.Pool, schedule: Schedule): Promise<void> {
  for (const window of schedule.windows) {
    await pool.query(`UPDATE "EntryWindow" SET "opensAt" = $2::timestamp, "closesAt" = $3::timestamp WHERE number = $1`, [
      window.number,
      window.opensAt.toISOString(),
      window.closesAt.toISOString(),
    ]);
  }
  await pool.query(`UPDATE "CampaignSettings" SET "announcementAt" = $1::timestamp WHERE id = 1`, [schedule.announcementAt.toISOString()]);
}

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.now() + days * DAY);

/** The campaign in each of its phases, relative to now. */
export const SCHEDULES = {
  firstWindowOpen: (): Schedule => ({
    windows: [
      { number: 1, opensAt: at(-1), closesAt: at(30) },
      { number: 2, opensAt: at(40), closesAt: at(60) },
    ],
    announcementAt: at(90),
  }),
  betweenWindows: (): Schedule => ({
    windows: [
      { number: 1, opensAt: at(-30), closesAt: at(-2) },
      { number: 2, opensAt: at(10), closesAt: at(30) },
    ],
    announcementAt: at(60),
  }),
  afterWindows: (): Schedule => ({
    windows: [
      { number: 1, opensAt: at(-60), closesAt: at(-40) },
      { number: 2, opensAt: at(-30), closesAt: at(-2) },
    ],
    announcementAt: at(20),
  }),
  seeded: (): Schedule => DEFAULT_SCHEDULE,
};

export type StoredEntry = Record<string, unknown> & { id: string; reference: string };

export async function entriesByEmail(pool: pg.Pool, email: string): Promise<StoredEntry[]> {
  const { rows } = await pool.query(`SELECT * FROM "Entry" WHERE "emailKey" = lower($1) ORDER BY "submittedAt"`, [email]);
  return rows;
}

/** A published relay story in a season of its own (the sample relay content may change). */
export async function ensurePublishedInterview(pool: pg.Pool): Promise<{ id: number; km: number }> {
  const existing = await pool.query(`SELECT i.id, i.km FROM "Interview" i JOIN "Season" s ON s.id = i."seasonId" WHERE s.slug = 'e2e-entry'`);
  if (existing.rows[0]) return existing.rows[0];
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const season = await client.query(
      `INSERT INTO "Season" (slug, position, format) VALUES ('e2e-entry', 90, 'qa') ON CONFLICT (slug) DO UPDATE SET position = 90 RETURNING id`,
    );
    const seasonId = season.rows[0].id;
    await client.query(
      `INSERT INTO "SeasonTranslation" ("seasonId", locale, title, description) VALUES ($1, 'ja', 'E2Eシーズン', ''), ($1, 'en', 'E2E season', '')
       ON CONFLICT DO NOTHING`,
      [seasonId],
    );
    const interview = await client.query(
      `INSERT INTO "Interview" ("seasonId", km, format, published, "publishedAt", "updatedAt") VALUES ($1, 7, 'qa', true, now(), now())
       ON CONFLICT ("seasonId", km) DO UPDATE SET published = true RETURNING id, km`,
      [seasonId],
    );
    const id = interview.rows[0].id;
    await client.query(
      `INSERT INTO "InterviewTranslation" ("interviewId", locale, title, lead, blocks)
       VALUES ($1, 'ja', '7kmの応援団', '', '[]'), ($1, 'en', 'The cheer squad at 7 km', '', '[]') ON CONFLICT DO NOTHING`,
      [id],
    );
    await client.query("COMMIT");
    return interview.rows[0];
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  } finally {
    client.release();
  }
}

/** The mails the site wrote to `email` (without SMTP_URL they wait in the outbox), oldest first. */
export async function mailsTo(pool: pg.Pool, email: string): Promise<{ subject: string; text: string }[]> {
  const { rows } = await pool.query(`SELECT subject, text FROM "OutboxEmail" WHERE "to" = $1 ORDER BY "createdAt", subject`, [email]);
  return rows;
}

/** The confirmation link's path and the code in a confirmation mail. */
export function confirmationOf(mail: { text: string }): { path: string; code: string } {
  const url = new URL(/https?:\/\/\S+\/entry\/confirm\?token=[A-Za-z0-9_-]+/.exec(mail.text)![0]);
  return { path: url.pathname + url.search, code: /(?:確認コード：|Code: )([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(mail.text)![1]! };
}
