import "server-only";
import type { Locale } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { featureDraft } from "./feature";
import { publishedStories, publishedStory, publishedStoryPhoto } from "./public";

export const getPublishedStories = (locale: Locale, options?: { limit?: number }) => publishedStories(db, locale, options);
export const getPublishedStory = (id: string, locale: Locale) => publishedStory(db, id, locale);
export const getPublishedStoryPhoto = (id: string) => publishedStoryPhoto(db, id);
export const getFeatureDraft = (entryId: string) => featureDraft(db, entryId);
export const getFeaturedForConsole = () =>
  db.featuredStory.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
    include: { entry: { select: { reference: true, penName: true, status: true, language: true } } },
  });
