import "server-only";
import { createHash } from "node:crypto";
import type { Queryable } from "@/lib/db/queryable";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RenderedMail } from "./layout";

const HOUR_MS = 60 * 60 * 1000;

/** Rate-limit key for a mail recipient; hashed so the bucket table holds no addresses. */
export function recipientKey(email: string, secret: string): string {
  return `mail:${createHash("sha256").update(`${secret}:${email.trim().toLowerCase()}`).digest("hex").slice(0, 32)}`;
}

export function hourBucket(now: Date): string {
  return new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS).toISOString();
}

/**
 * SQL for a CTE named `recipient` that counts one mail against its recipient's hourly bucket
 * (RateLimitBucket, shared by every instance, pruned with the others) for each row of `source`;
 * an outbox INSERT then writes only `WHERE recipient.count <= cap`. Placeholders are the caller's.
 */
export function recipientBucketCte({ key, bucket, source }: { key: string; bucket: string; source: string }): string {
  return `recipient AS (
       INSERT INTO "RateLimitBucket" (key, "windowStart", count)
       SELECT ${key}, ${bucket}::timestamp, 1 FROM ${source}
       ON CONFLICT (key, "windowStart") DO UPDATE SET count = "RateLimitBucket".count + 1
       RETURNING count
     )`;
}

export type CappedEmail = RenderedMail & { to: string; entryId?: string | null; subscriptionId?: string | null };
type MailLimits = { now: Date; secret: string; cap: number };

function cappedEmailInsert(email: CappedEmail, { now, secret, cap }: MailLimits): [string, unknown[]] {
  return [
    `WITH one AS (SELECT 1),
     ${recipientBucketCte({ key: "$1", bucket: "$2", source: "one" })}
     INSERT INTO "OutboxEmail" (id, "entryId", "subscriptionId", "to", subject, text, html, "listUnsubscribe", "createdAt")
     SELECT gen_random_uuid(), $3::uuid, $4::uuid, $5, $6, $7, $8, $9, $10::timestamp FROM recipient WHERE recipient.count <= $11`,
    [
      recipientKey(email.to, secret),
      hourBucket(now),
      email.entryId ?? null,
      email.subscriptionId ?? null,
      email.to,
      email.subject,
      email.text,
      email.html,
      email.listUnsubscribe,
      now.toISOString(),
      cap,
    ],
  ];
}

/** Writes one email to the outbox unless its recipient already had `cap` this hour. */
export async function enqueueCappedEmail(db: Queryable, email: CappedEmail, limits: MailLimits): Promise<boolean> {
  const { rowCount } = await db.query(...cappedEmailInsert(email, limits));
  return rowCount === 1;
}

/** The same inside a Prisma transaction, so the mail is written with what caused it or not at all. */
export async function enqueueCappedEmailIn(tx: Prisma.TransactionClient, email: CappedEmail, limits: MailLimits): Promise<boolean> {
  const [sql, values] = cappedEmailInsert(email, limits);
  return (await tx.$executeRawUnsafe(sql, ...values)) === 1;
}
