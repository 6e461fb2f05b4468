import "server-only";
import type { AppLocale } from "@/i18n/routing";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type InterviewOption = { id: number; km: number; title: string };
export type SeasonOptions = { slug: string; title: string; interviews: InterviewOption[] };

/**
 * The published relay stories an entrant can name as the one that moved them, by season and km,
 * titled in `locale` (in Japanese when a story has no version in that language).
 */
export async function publishedInterviewOptions(db: PrismaClient, locale: AppLocale): Promise<SeasonOptions[]> {
  const seasons = await db.season.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true,
      translations: { select: { locale: true, title: true } },
      interviews: {
        where: { published: true },
        orderBy: { km: "asc" },
        select: { id: true, km: true, translations: { select: { locale: true, title: true } } },
      },
    },
  });
  const inLocale = (translations: { locale: string; title: string }[]) =>
    (translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === "ja"))?.title ?? "";
  return seasons
    .filter((season) => season.interviews.length > 0)
    .map((season) => ({
      slug: season.slug,
      title: inLocale(season.translations),
      interviews: season.interviews.map((interview) => ({
        id: interview.id,
        km: interview.km,
        title: inLocale(interview.translations),
      })),
    }));
}
