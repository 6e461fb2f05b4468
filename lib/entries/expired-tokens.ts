import "server-only";
import type { Queryable } from "@/lib/db/queryable";

/**
 * Links to entrants' pages and their sessions past their expiry (decision 27): deleted by the
 * hourly background work. Confirmation tokens go with their entries (decision 20).
 */
export async function deleteExpiredEntrantTokens(db: Queryable, now: Date): Promise<number> {
  const result = await db.query(
    `DELETE FROM "EntryToken" WHERE purpose IN ('entrant_link', 'entrant_session') AND "expiresAt" < $1::timestamp`,
    [now.toISOString()],
  );
  return result.rowCount ?? 0;
}
