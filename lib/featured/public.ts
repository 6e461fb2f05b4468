import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Locale, TranslationStatus } from "@/lib/generated/prisma/enums";

type StoryTexts = {
  sourceLanguage: Locale;
  translationStatus: TranslationStatus;
  titleJa: string | null;
  storyJa: string | null;
  titleEn: string | null;
  storyEn: string | null;
};

/**
 * The text a reader of `locale` sees: the original when it is in their language, the staff
 * translation when it is finished, otherwise the original (marked with its language).
 */
export function storyTextFor(story: StoryTexts, locale: Locale): { title: string; story: string; language: Locale; translated: boolean } {
  const texts = {
    ja: { title: story.titleJa, story: story.storyJa },
    en: { title: story.titleEn, story: story.storyEn },
  };
  const wanted = texts[locale];
  if (locale !== story.sourceLanguage && story.translationStatus === "done" && wanted.title && wanted.story) {
    return { title: wanted.title, story: wanted.story, language: locale, translated: true };
  }
  const source = texts[story.sourceLanguage];
  return { title: source.title ?? "", story: source.story ?? "", language: story.sourceLanguage, translated: false };
}

/** Published means: published by staff, not erased, and the entrant's permission still on file (not withdrawn). */
const PUBLISHED = {
  publishedAt: { not: null },
  entry: { erasedAt: null, consents: { some: { kind: "publication" as const, withdrawnAt: null } } },
};

export type PublicStory = {
  id: string;
  penName: string;
  km: number | null;
  title: string;
  story: string;
  language: Locale;
  translated: boolean;
  hasPhoto: boolean;
  photoWidth: number | null;
  photoHeight: number | null;
  publishedAt: Date;
};

const INCLUDE = { entry: { select: { penName: true, km: true, photo: { select: { width: true, height: true } } } } } as const;

type Row = StoryTexts & {
  entryId: string;
  publishedAt: Date | null;
  entry: { penName: string; km: number | null; photo: { width: number; height: number } | null };
};

function toPublicStory(row: Row, locale: Locale): PublicStory {
  return {
    id: row.entryId,
    penName: row.entry.penName,
    km: row.entry.km,
    ...storyTextFor(row, locale),
    hasPhoto: row.entry.photo !== null,
    photoWidth: row.entry.photo?.width ?? null,
    photoHeight: row.entry.photo?.height ?? null,
    publishedAt: row.publishedAt!,
  };
}

export async function publishedStories(db: PrismaClient, locale: Locale, { limit }: { limit?: number } = {}): Promise<PublicStory[]> {
  const rows = await db.featuredStory.findMany({
    where: PUBLISHED,
    orderBy: [{ publishedAt: "desc" }, { entryId: "asc" }],
    take: limit,
    include: INCLUDE,
  });
  return rows.map((row) => toPublicStory(row, locale));
}

export async function publishedStory(db: PrismaClient, id: string, locale: Locale): Promise<PublicStory | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db.featuredStory.findFirst({ where: { entryId: id, ...PUBLISHED }, include: INCLUDE });
  return row ? toPublicStory(row, locale) : null;
}

/** The photo of a published story, for the public image route. */
export async function publishedStoryPhoto(db: PrismaClient, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await db.featuredStory.findFirst({ where: { entryId: id, ...PUBLISHED }, select: { entry: { select: { photo: true } } } });
  return row?.entry.photo ?? null;
}
