import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { db, pool } from "@/lib/db/client";
import { loadEntrantView, sessionEntryId } from "./entrant-page";
import { publishedInterviewOptions } from "./interviews";

export function getPublishedInterviewOptions(locale: AppLocale) {
  return publishedInterviewOptions(db, locale);
}

/** The entry an entrant's session cookie opens, as their page shows it; null without a live session. */
export async function getMyEntry(session: string | undefined, now: Date) {
  const entryId = await sessionEntryId(pool(), session, now);
  return entryId ? loadEntrantView(db, entryId, now) : null;
}
