import "server-only";
import type { AppLocale } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { publishedInterviewOptions } from "./interviews";

export function getPublishedInterviewOptions(locale: AppLocale) {
  return publishedInterviewOptions(db, locale);
}
