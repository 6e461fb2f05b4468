import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EntryStatus, Locale, Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/log";
import { formatJstMinute } from "@/lib/campaign/jst";
import { CSV_BOM, csvRow } from "./csv";
import { assertAdmin } from "./errors";
import type { EntryFilter } from "./filters";
import { cursorOf, decodeCursor, entryConditions, orderAndAfter, whereClause, type EntryListRow } from "./list";

export const EXPORT_COLUMNS = [
  "reference",
  "window",
  "status",
  "submittedAtJst",
  "language",
  "role",
  "country",
  "penName",
  "name",
  "email",
  "title",
  "story",
  "myTokyoMarathonIs",
  "connectedWith",
  "km",
  "photo",
  "publicationConsent",
  "scoreAverage",
  "scoreCount",
  "erased",
] as const;

type ExportRow = Pick<EntryListRow, "id" | "reference" | "windowNumber" | "submittedAt" | "hasPhoto"> & {
  status: EntryStatus;
  language: Locale;
  role: Role;
  country: string;
  penName: string;
  name: string | null;
  email: string | null;
  title: string;
  story: string;
  myTokyoMarathonIs: string;
  connectedWith: string;
  km: number | null;
  publicationConsent: boolean;
  scoreAverage: number;
  /** Read for the cursor of the ranked order. */
  scoreRanked: number;
  scoreCount: number;
  erasedAt: Date | null;
};

/**
 * What the audit log keeps of an export's filter: everything but the search text, which may be an
 * entrant's name or email and has no place in the append-only log (decision 9) — only that there
 * was one.
 */
export function auditedFilter({ q, ...rest }: EntryFilter): Prisma.InputJsonValue {
  return { ...(JSON.parse(JSON.stringify(rest)) as Record<string, Prisma.InputJsonValue>), search: q !== undefined };
}

/**
 * Starts an export of a filter's entries as CSV: the audit row is written first, before any byte
 * is sent, so an interrupted export still leaves a trace; a second row records that it completed
 * and how many rows it held. The rows are streamed in batches (keyset order, like the list) so a
 * large export never sits in memory whole. Admins only: the file holds names and emails.
 */
export async function startEntriesExport(
  db: PrismaClient,
  actor: Actor,
  filter: EntryFilter,
  { batchSize = 1000 }: { batchSize?: number } = {},
): Promise<AsyncGenerator<string>> {
  assertAdmin(actor);
  const exportId = randomUUID();
  await recordAudit(db, { actorId: actor.id, action: "entries.export", entityType: "export", entityId: exportId, after: { filter: auditedFilter(filter) } });
  return exportRows(db, actor, filter, exportId, batchSize);
}

async function* exportRows(db: PrismaClient, actor: Actor, filter: EntryFilter, exportId: string, batchSize: number): AsyncGenerator<string> {
  const conditions = entryConditions(filter, actor);
  yield CSV_BOM + csvRow(EXPORT_COLUMNS);
  let cursor: string | undefined;
  let count = 0;
  for (;;) {
    const { after, orderBy } = orderAndAfter(filter.sort, decodeCursor(cursor));
    const rows: ExportRow[] = await db.$queryRaw<ExportRow[]>`
      SELECT e."id", e."reference", e."windowNumber", e."status", e."submittedAt", e."language", e."role", e."country",
             e."penName", e."name", e."email", e."title", e."story", e."myTokyoMarathonIs", e."connectedWith", e."km",
             e."scoreAverage", e."scoreRanked", e."scoreCount", e."erasedAt",
             EXISTS (SELECT 1 FROM "EntryPhoto" p WHERE p."entryId" = e."id") AS "hasPhoto",
             EXISTS (SELECT 1 FROM "EntryConsent" c WHERE c."entryId" = e."id" AND c."kind" = 'publication') AS "publicationConsent"
      FROM "Entry" e
      ${whereClause([...conditions, after])}
      ${orderBy}
      LIMIT ${batchSize}`;
    if (rows.length === 0) break;
    yield rows.map(toCsv).join("");
    count += rows.length;
    if (rows.length < batchSize) break;
    cursor = cursorOf(filter.sort, rows.at(-1)!);
  }
  await recordAudit(db, { actorId: actor.id, action: "entries.export_done", entityType: "export", entityId: exportId, after: { count } });
}

function toCsv(row: ExportRow): string {
  return csvRow([
    row.reference,
    row.windowNumber,
    row.status,
    formatJstMinute(row.submittedAt),
    row.language,
    row.role,
    row.country,
    row.penName,
    row.name,
    row.email,
    row.title,
    row.story,
    row.myTokyoMarathonIs,
    row.connectedWith,
    row.km,
    row.hasPhoto ? "yes" : "no",
    row.publicationConsent ? "yes" : "no",
    row.scoreCount > 0 ? Math.round(row.scoreAverage * 100) / 100 : null,
    row.scoreCount,
    row.erasedAt ? "yes" : "no",
  ]);
}
