/**
 * Seeds the sample Interview Relay (prisma/seed/relay/). Create-only: seasons, interviews and
 * references that already exist are left as they are, so seeding twice changes nothing and staff
 * edits survive. Everything is checked before anything is written.
 */
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { parseJstMinute } from "../../lib/campaign/jst";
import { blocksSchema } from "../../lib/interviews/blocks";
import { parseKm } from "../../lib/interviews/course";
import { season2025 } from "./relay/season-2025";
import { season2026 } from "./relay/season-2026";
import type { SeedInterview, SeedSeason } from "./relay/types";

export const SEED_SEASONS: readonly SeedSeason[] = [season2025, season2026];

/** "2025/29" → season "2025", km 29. */
export function parseReference(reference: string): { season: string; km: number } | null {
  const match = /^([^/]+)\/(\d+)$/.exec(reference);
  const km = match ? parseKm(match[2]!) : null;
  return match && km !== null ? { season: match[1]!, km } : null;
}

/** Everything wrong with the seed content, as readable lines (empty when it can be seeded). */
export function seedProblems(seasons: readonly SeedSeason[]): string[] {
  const problems: string[] = [];
  const known = new Set(seasons.flatMap((s) => s.interviews.map((i) => `${s.slug}/${i.km}`)));
  for (const season of seasons) {
    const kms = new Set<number>();
    for (const interview of season.interviews) {
      const where = `${season.slug}/${interview.km}`;
      if (parseKm(String(interview.km)) === null) problems.push(`${where}: km must be a whole number from 0 to 42`);
      if (kms.has(interview.km)) problems.push(`${where}: two interviews at the same km`);
      kms.add(interview.km);
      try {
        parseJstMinute(`${interview.publishedOn} 00:00`);
      } catch {
        problems.push(`${where}: publishedOn must be a date "YYYY-MM-DD"`);
      }
      const keys = interview.participants.map((p) => p.key);
      if (new Set(keys).size !== keys.length) problems.push(`${where}: participant keys must be unique`);
      for (const [locale, version] of [["ja", interview.ja], ["en", interview.en]] as const) {
        if (!version) continue;
        const result = blocksSchema(keys).safeParse(version.blocks);
        if (!result.success) {
          for (const issue of result.error.issues) problems.push(`${where} (${locale}) blocks.${issue.path.join(".")}: ${issue.message}`);
        }
        if (!version.title.trim() || !version.lead.trim()) problems.push(`${where} (${locale}): title and lead are required`);
      }
      for (const reference of interview.references) {
        if (!parseReference(reference) || !known.has(reference)) problems.push(`${where}: unknown reference "${reference}"`);
        if (reference === where) problems.push(`${where}: refers to itself`);
      }
    }
  }
  return problems;
}

function interviewData(seasonId: number, interview: SeedInterview): Prisma.InterviewCreateInput {
  const versions = [
    { locale: "ja" as const, ...interview.ja },
    ...(interview.en ? [{ locale: "en" as const, ...interview.en }] : []),
  ];
  return {
    season: { connect: { id: seasonId } },
    km: interview.km,
    format: interview.format,
    published: true,
    publishedAt: parseJstMinute(`${interview.publishedOn} 00:00`),
    translations: {
      create: versions.map(({ locale, title, lead, blocks }) => ({ locale, title, lead, blocks })),
    },
    participants: {
      create: interview.participants.map((p, position) => ({ position, key: p.key, role: p.role, nameJa: p.nameJa, nameEn: p.nameEn })),
    },
  };
}

export async function seedInterviews(db: PrismaClient, seasons: readonly SeedSeason[] = SEED_SEASONS): Promise<void> {
  const problems = seedProblems(seasons);
  if (problems.length > 0) throw new Error(`The sample relay content is invalid:\n${problems.join("\n")}`);

  await db.$transaction(
    async (tx) => {
      const ids = new Map<string, number>();
      for (const season of seasons) {
        const { id: seasonId } =
          (await tx.season.findUnique({ where: { slug: season.slug }, select: { id: true } })) ??
          (await tx.season.create({
            data: {
              slug: season.slug,
              position: season.position,
              format: season.format,
              translations: {
                create: [
                  { locale: "ja", ...season.ja },
                  { locale: "en", ...season.en },
                ],
              },
            },
            select: { id: true },
          }));
        for (const interview of season.interviews) {
          const existing = await tx.interview.findUnique({
            where: { seasonId_km: { seasonId, km: interview.km } },
            select: { id: true },
          });
          const { id } = existing ?? (await tx.interview.create({ data: interviewData(seasonId, interview), select: { id: true } }));
          ids.set(`${season.slug}/${interview.km}`, id);
        }
      }
      // References last: a story may name one that comes later in the files.
      const references = seasons.flatMap((season) =>
        season.interviews.flatMap((interview) =>
          interview.references.map((reference) => ({
            fromId: ids.get(`${season.slug}/${interview.km}`)!,
            toId: ids.get(reference)!,
          })),
        ),
      );
      await tx.interviewReference.createMany({ data: references, skipDuplicates: true });
    },
    { timeout: 30_000 },
  );
}
