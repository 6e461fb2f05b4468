import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/log";
import { Refusal } from "@/lib/admin/refusal";
import { assertAdmin } from "@/lib/review/errors";
import type { InterviewInput } from "@/lib/validation/interview";

export type InterviewSaveProblem = "kmTaken" | "unknownReference" | "selfReference" | "notFound";

export class InterviewSaveError extends Refusal {
  constructor(
    readonly problem: InterviewSaveProblem,
    detail?: string,
  ) {
    super(`interview.${problem}`, { detail });
  }
}

async function referenceIds(tx: Prisma.TransactionClient, references: string[], selfId: number | null): Promise<number[]> {
  const ids: number[] = [];
  for (const reference of references) {
    const [slug, km] = reference.split("/") as [string, string];
    const target = await tx.interview.findFirst({ where: { season: { slug }, km: Number(km) }, select: { id: true } });
    if (!target) throw new InterviewSaveError("unknownReference", reference);
    if (target.id === selfId) throw new InterviewSaveError("selfReference", reference);
    if (!ids.includes(target.id)) ids.push(target.id);
  }
  return ids;
}

/**
 * Creates an interview or replaces one's content (both languages, participants, references).
 * Publishing is separate, so an edit never publishes by accident.
 */
export async function saveInterview(db: PrismaClient, actor: Actor, id: number | null, input: InterviewInput) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    if (id !== null && !(await tx.interview.findUnique({ where: { id }, select: { id: true } }))) throw new InterviewSaveError("notFound");
    const clash = await tx.interview.findFirst({ where: { seasonId: input.seasonId, km: input.km, NOT: id === null ? undefined : { id } } });
    if (clash) throw new InterviewSaveError("kmTaken");
    const targets = await referenceIds(tx, input.references, id);
    const fields = { seasonId: input.seasonId, km: input.km, format: input.format };
    const interview = id === null ? await tx.interview.create({ data: fields }) : await tx.interview.update({ where: { id }, data: fields });

    await tx.interviewTranslation.deleteMany({ where: { interviewId: interview.id } });
    await tx.interviewParticipant.deleteMany({ where: { interviewId: interview.id } });
    await tx.interviewReference.deleteMany({ where: { fromId: interview.id } });
    const versions = [{ locale: "ja" as const, ...input.ja }, ...(input.en ? [{ locale: "en" as const, ...input.en }] : [])];
    await tx.interviewTranslation.createMany({
      data: versions.map((v) => ({ interviewId: interview.id, locale: v.locale, title: v.title, lead: v.lead, blocks: v.blocks })),
    });
    await tx.interviewParticipant.createMany({
      data: input.participants.map((p, position) => ({ interviewId: interview.id, position, ...p })),
    });
    await tx.interviewReference.createMany({ data: targets.map((toId) => ({ fromId: interview.id, toId })) });
    const audit = await recordAudit(tx, {
      actorId: actor.id,
      action: id === null ? "interview.create" : "interview.update",
      entityType: "interview",
      entityId: String(interview.id),
      after: { ...fields, locales: versions.map((v) => v.locale), titleJa: input.ja.title, references: input.references },
    });
    return { id: interview.id, audit };
  });
}

export async function setInterviewPublished(db: PrismaClient, actor: Actor, id: number, published: boolean, now = new Date()) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const interview = await tx.interview.findUnique({ where: { id } });
    if (!interview) throw new InterviewSaveError("notFound");
    await tx.interview.update({
      where: { id },
      data: { published, publishedAt: published ? (interview.publishedAt ?? now) : interview.publishedAt },
    });
    return recordAudit(tx, {
      actorId: actor.id,
      action: published ? "interview.publish" : "interview.unpublish",
      entityType: "interview",
      entityId: String(id),
      before: { published: interview.published },
      after: { published },
    });
  });
}

export function listInterviewsForEditing(db: PrismaClient) {
  return db.interview.findMany({
    orderBy: [{ season: { position: "asc" } }, { km: "asc" }],
    select: {
      id: true,
      km: true,
      format: true,
      published: true,
      updatedAt: true,
      season: { select: { slug: true, translations: true } },
      translations: { select: { locale: true, title: true } },
    },
  });
}

/** The seasons an interview can belong to, titled in the staff member's language. */
export async function seasonOptions(db: PrismaClient, locale: string): Promise<{ id: number; title: string }[]> {
  const seasons = await db.season.findMany({ orderBy: { position: "asc" }, include: { translations: true } });
  return seasons.map((s) => ({ id: s.id, title: s.translations.find((tr) => tr.locale === locale)?.title ?? s.slug }));
}

/** The editor's starting values for an existing interview, as the form fields hold them. */
export async function interviewFormValues(db: PrismaClient, id: number) {
  const interview = await db.interview.findUnique({
    where: { id },
    include: {
      translations: true,
      participants: { orderBy: { position: "asc" } },
      references: { include: { to: { select: { km: true, season: { select: { slug: true } } } } } },
    },
  });
  if (!interview) return null;
  const version = (locale: "ja" | "en") => {
    const t = interview.translations.find((tr) => tr.locale === locale);
    return { title: t?.title ?? "", lead: t?.lead ?? "", blocks: t ? JSON.stringify(t.blocks, null, 2) : "[]" };
  };
  return {
    id: interview.id,
    published: interview.published,
    values: {
      seasonId: String(interview.seasonId),
      km: String(interview.km),
      format: interview.format,
      participants: JSON.stringify(
        interview.participants.map(({ key, role, nameJa, nameEn }) => ({ key, role, nameJa, nameEn })),
        null,
        2,
      ),
      references: interview.references.map((r) => `${r.to.season.slug}/${r.to.km}`).join(", "),
      ja: version("ja"),
      en: version("en"),
    },
  };
}
