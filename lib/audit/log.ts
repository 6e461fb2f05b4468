import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Client = PrismaClient | Prisma.TransactionClient;

/**
 * One staff decision: who (actorId; null for the system), what (action, entity), when, and the
 * state before and after. Never put an entrant's personal data (name, email, pen name, title,
 * story) in `before`/`after`: the log outlives erasure and cannot be edited.
 */
export type AuditRecord = {
  actorId: string | null;
  action: AuditAction;
  entityType: "entry" | "staff" | "settings" | "window" | "interview" | "draw" | "prize" | "export";
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

export type AuditAction =
  | "staff.sign_in"
  | "staff.sign_out"
  | "staff.locked"
  | "staff.create"
  | "staff.update"
  | "staff.password_reset"
  | "entry.status"
  | "entry.score"
  | "entry.comment"
  | "entry.feature"
  | "entry.feature_update"
  | "entry.unpublish"
  | "entry.winner"
  | "entry.winner_revoked"
  | "entry.erase"
  | "entries.export"
  | "entries.export_done"
  | "settings.update"
  | "window.add"
  | "window.remove"
  | "interview.create"
  | "interview.update"
  | "interview.publish"
  | "interview.unpublish"
  | "draw.prepare"
  | "draw.run"
  | "draw.cancel"
  | "prize.offer"
  | "prize.accept"
  | "prize.decline"
  | "prize.pass_on";

declare const written: unique symbol;
/** Proof that an audit row was written: only recordAudit makes one, and console actions must return one. */
export type AuditReceipt = { readonly auditId: bigint; readonly [written]: true };

export async function recordAudit(db: Client, record: AuditRecord): Promise<AuditReceipt> {
  const row = await db.auditLog.create({
    data: {
      actorId: record.actorId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId,
      before: record.before ?? undefined,
      after: record.after ?? undefined,
    },
    select: { id: true },
  });
  return { auditId: row.id } as AuditReceipt;
}

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  actor: { displayName: string; email: string } | null;
  before: unknown;
  after: unknown;
};

export const AUDIT_PAGE_SIZE = 100;

/** Newest first, keyset-paginated by id; optionally only the rows about one entity. */
export async function listAudit(
  db: PrismaClient,
  { entityType, entityId, before }: { entityType?: string; entityId?: string; before?: bigint } = {},
  limit = AUDIT_PAGE_SIZE,
): Promise<{ rows: AuditRow[]; nextCursor: string | null }> {
  const rows = await db.auditLog.findMany({
    where: { entityType, entityId, id: before === undefined ? undefined : { lt: before } },
    orderBy: { id: "desc" },
    take: limit + 1,
    include: { actor: { select: { displayName: true, email: true } } },
  });
  const page = rows.slice(0, limit);
  return {
    rows: page.map((row) => ({
      id: row.id.toString(),
      createdAt: row.createdAt,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actor: row.actor,
      before: row.before,
      after: row.after,
    })),
    nextCursor: rows.length > limit ? page.at(-1)!.id.toString() : null,
  };
}
