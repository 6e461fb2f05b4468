import "server-only";
import type { AppLocale } from "@/i18n/routing";
import type { InterviewFormat, Role } from "@/lib/generated/prisma/enums";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { parseBlocks, type ParsedBlocks } from "./blocks";
import { neighbours } from "./course";
import { pickTranslation } from "./translation";

/**
 * Reads the Interview Relay archive: published stories only, each in the requested language or,
 * when that version is missing, in the other one with `fallback` set. Takes the Prisma client as
 * a parameter so the app (queries.ts), the seed and the tests share it.
 */

export type Person = { key: string; role: Role; nameJa: string; nameEn: string };

export function personName(person: Pick<Person, "nameJa" | "nameEn">, locale: AppLocale): string {
  return locale === "ja" ? person.nameJa : person.nameEn;
}

/** What a link to a story shows: enough for a card, a course marker or a reference. */
export type StoryCard = {
  season: string;
  /** The season's title in the requested language, or else the other one. */
  seasonTitle: string;
  km: number;
  format: InterviewFormat;
  title: string;
  /** The language `title` is written in; differs from the requested one when `fallback`. */
  titleLocale: AppLocale;
  fallback: boolean;
  participants: Person[];
  publishedAt: Date | null;
};

export type SeasonSummary = {
  slug: string;
  format: InterviewFormat;
  title: string;
  description: string;
  textLocale: AppLocale;
  fallback: boolean;
  /** Published stories along the course, by km. */
  stories: StoryCard[];
};

export type InterviewView = StoryCard & {
  seasonTitleLocale: AppLocale;
  lead: string;
  body: ParsedBlocks;
  /** Languages this story has a version in. */
  locales: AppLocale[];
  updatedAt: Date;
  /** Stories this one names, and stories that name this one (published only). */
  references: StoryCard[];
  referencedBy: StoryCard[];
  previous: StoryCard | null;
  next: StoryCard | null;
};

const cardSelect = {
  km: true,
  format: true,
  publishedAt: true,
  season: { select: { slug: true, position: true, translations: { select: { locale: true, title: true } } } },
  translations: { select: { locale: true, title: true } },
  participants: { orderBy: { position: "asc" }, select: { key: true, role: true, nameJa: true, nameEn: true } },
} satisfies Prisma.InterviewSelect;

type CardRow = Prisma.InterviewGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow, locale: AppLocale): StoryCard | null {
  const picked = pickTranslation(row.translations, locale);
  if (!picked) return null;
  return {
    season: row.season.slug,
    seasonTitle: pickTranslation(row.season.translations, locale)?.translation.title ?? row.season.slug,
    km: row.km,
    format: row.format,
    title: picked.translation.title,
    titleLocale: picked.translation.locale,
    fallback: picked.fallback,
    participants: row.participants,
    publishedAt: row.publishedAt,
  };
}

function toCards(rows: CardRow[], locale: AppLocale): StoryCard[] {
  return rows
    .slice()
    .sort((a, b) => a.season.position - b.season.position || a.km - b.km)
    .map((row) => toCard(row, locale))
    .filter((card) => card !== null);
}

const published = { published: true } satisfies Prisma.InterviewWhereInput;

const seasonInclude = {
  translations: true,
  interviews: { where: published, orderBy: { km: "asc" }, select: cardSelect },
} satisfies Prisma.SeasonInclude;

function toSeason(row: Prisma.SeasonGetPayload<{ include: typeof seasonInclude }>, locale: AppLocale): SeasonSummary | null {
  const picked = pickTranslation(row.translations, locale);
  if (!picked) return null;
  return {
    slug: row.slug,
    format: row.format,
    title: picked.translation.title,
    description: picked.translation.description,
    textLocale: picked.translation.locale,
    fallback: picked.fallback,
    stories: toCards(row.interviews, locale),
  };
}

export async function listSeasons(db: PrismaClient, locale: AppLocale): Promise<SeasonSummary[]> {
  const rows = await db.season.findMany({ orderBy: { position: "asc" }, include: seasonInclude });
  return rows.map((row) => toSeason(row, locale)).filter((season) => season !== null);
}

export async function findSeason(db: PrismaClient, slug: string, locale: AppLocale): Promise<SeasonSummary | null> {
  const row = await db.season.findUnique({ where: { slug }, include: seasonInclude });
  return row ? toSeason(row, locale) : null;
}

/** One published story by season and km, or null (unknown, unpublished, or with no text at all). */
export async function findInterview(db: PrismaClient, season: string, km: number, locale: AppLocale): Promise<InterviewView | null> {
  const row = await db.interview.findFirst({
    where: { ...published, km, season: { slug: season } },
    select: {
      ...cardSelect,
      id: true,
      seasonId: true,
      updatedAt: true,
      season: { select: { slug: true, position: true, translations: { select: { locale: true, title: true } } } },
      translations: true,
      references: { where: { to: published }, select: { to: { select: cardSelect } } },
      referencedBy: { where: { from: published }, select: { from: { select: cardSelect } } },
    },
  });
  if (!row) return null;
  const content = pickTranslation(row.translations, locale);
  const seasonText = pickTranslation(row.season.translations, locale);
  if (!content || !seasonText) return null;

  const alongTheCourse = await db.interview.findMany({
    where: { ...published, seasonId: row.seasonId },
    orderBy: { km: "asc" },
    select: cardSelect,
  });
  const { previous, next } = neighbours(toCards(alongTheCourse, locale), row.km);
  const { translation } = content;
  return {
    season: row.season.slug,
    seasonTitle: seasonText.translation.title,
    km: row.km,
    format: row.format,
    title: translation.title,
    titleLocale: translation.locale,
    fallback: content.fallback,
    participants: row.participants,
    publishedAt: row.publishedAt,
    seasonTitleLocale: seasonText.translation.locale,
    lead: translation.lead,
    body: parseBlocks(translation.blocks, row.participants.map((p) => p.key)),
    locales: row.translations.map((t) => t.locale),
    updatedAt: row.updatedAt,
    references: toCards(row.references.map((r) => r.to), locale),
    referencedBy: toCards(row.referencedBy.map((r) => r.from), locale),
    previous,
    next,
  };
}

/** The most recently published stories, for the landing page. */
export async function listHighlights(db: PrismaClient, locale: AppLocale, count: number): Promise<StoryCard[]> {
  const rows = await db.interview.findMany({
    where: published,
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: count,
    select: cardSelect,
  });
  return rows.map((row) => toCard(row, locale)).filter((card) => card !== null);
}

export type SitemapData = {
  seasons: string[];
  interviews: { season: string; km: number; updatedAt: Date }[];
};

export async function listPublishedPaths(db: PrismaClient): Promise<SitemapData> {
  const [seasons, interviews] = await Promise.all([
    db.season.findMany({ orderBy: { position: "asc" }, select: { slug: true } }),
    db.interview.findMany({
      where: published,
      orderBy: [{ season: { position: "asc" } }, { km: "asc" }],
      select: { km: true, updatedAt: true, season: { select: { slug: true } } },
    }),
  ]);
  return {
    seasons: seasons.map((s) => s.slug),
    interviews: interviews.map((i) => ({ season: i.season.slug, km: i.km, updatedAt: i.updatedAt })),
  };
}
