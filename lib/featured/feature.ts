import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { EntryStatus, Locale } from "@/lib/generated/prisma/enums";
import type { FeatureInput } from "@/lib/validation/featured";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/log";
import { assertAdmin, ReviewError } from "@/lib/review/errors";
import { FEATURABLE } from "@/lib/review/status";
import { lockEntry, setStatus } from "@/lib/review/workflow";

/**
 * Publishes an entry as a featured story (or saves changes to one already published). Only with
 * the entrant's permission to publish, and only from the shortlist or later. The text in the
 * entry's own language is required; the other language is the staff translation.
 */
export async function featureEntry(db: PrismaClient, actor: Actor, entryId: string, input: FeatureInput, now = new Date()) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, entryId);
    if (entry.erasedAt) throw new ReviewError("erased");
    if (!FEATURABLE.includes(entry.status)) throw new ReviewError("transitionNotAllowed");
    const consent = await tx.entryConsent.findUnique({ where: { entryId_kind: { entryId, kind: "publication" } } });
    if (!consent || consent.withdrawnAt) throw new ReviewError("noPublicationConsent");
    const { language } = await tx.entry.findUniqueOrThrow({ where: { id: entryId }, select: { language: true } });
    const source = language === "ja" ? { title: input.titleJa, story: input.storyJa } : { title: input.titleEn, story: input.storyEn };
    if (!source.title || !source.story) throw new ReviewError("missingSourceText");

    const existing = await tx.featuredStory.findUnique({ where: { entryId } });
    const data = { ...input, sourceLanguage: language, publishedAt: existing?.publishedAt ?? now };
    await tx.featuredStory.upsert({ where: { entryId }, create: { entryId, ...data }, update: data });
    const receipt = await recordAudit(tx, {
      actorId: actor.id,
      action: existing?.publishedAt ? "entry.feature_update" : "entry.feature",
      entityType: "entry",
      entityId: entryId,
      before: existing ? { published: existing.publishedAt !== null, translationStatus: existing.translationStatus } : null,
      after: { published: true, translationStatus: input.translationStatus },
    });
    if (entry.status === "shortlisted") await setStatus(tx, actor.id, entryId, entry.status, "featured");
    return receipt;
  });
}

/** Takes a featured story off the site at once; the text and translation are kept for later. */
export async function unpublishStory(db: PrismaClient, actor: Actor, entryId: string) {
  assertAdmin(actor);
  return db.$transaction(async (tx) => {
    const entry = await lockEntry(tx, entryId);
    const receipt = await takeOffSite(tx, actor.id, entry);
    if (!receipt) throw new ReviewError("notPublished");
    return receipt;
  });
}

/**
 * Unpublishes `entry`'s story inside `tx` (the caller holds the entry's lock), with its audit
 * rows: for staff, and for an entrant withdrawing permission to publish (`actorId` null). Null
 * when the story was not published. The caller re-renders the public pages after the commit.
 */
export async function takeOffSite(tx: Prisma.TransactionClient, actorId: string | null, entry: { id: string; status: EntryStatus }) {
  const story = await tx.featuredStory.findUnique({ where: { entryId: entry.id } });
  if (!story?.publishedAt) return null;
  await tx.featuredStory.update({ where: { entryId: entry.id }, data: { publishedAt: null } });
  const receipt = await recordAudit(tx, {
    actorId,
    action: "entry.unpublish",
    entityType: "entry",
    entityId: entry.id,
    before: { published: true },
    after: { published: false },
  });
  if (entry.status === "featured") await setStatus(tx, actorId, entry.id, entry.status, "shortlisted");
  return receipt;
}

/** What the featuring form starts from: the saved story, or the entry's own text. */
export async function featureDraft(db: PrismaClient, entryId: string): Promise<FeatureInput & { sourceLanguage: Locale }> {
  const entry = await db.entry.findUniqueOrThrow({ where: { id: entryId }, include: { featured: true } });
  const saved = entry.featured;
  if (saved) return { ...saved, sourceLanguage: saved.sourceLanguage };
  const own = entry.language === "ja" ? { titleJa: entry.title, storyJa: entry.story } : { titleEn: entry.title, storyEn: entry.story };
  return { titleJa: null, storyJa: null, titleEn: null, storyEn: null, ...own, translationStatus: "none", sourceLanguage: entry.language };
}
