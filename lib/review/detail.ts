import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { manualTransitions } from "./status";

/**
 * Everything the entry page shows. The entrant's name and email are for admins only: reviewers
 * judge the story, and need neither.
 */
export async function entryDetail(db: PrismaClient, viewer: Actor, entryId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(entryId)) return null;
  const entry = await db.entry.findUnique({
    where: { id: entryId },
    include: {
      consents: { orderBy: { kind: "asc" } },
      photo: { select: { mimeType: true, width: true, height: true, byteSize: true } },
      featured: true,
      referencedInterview: { select: { km: true, season: { select: { slug: true } } } },
    },
  });
  if (!entry?.confirmedAt) return null;
  const isAdmin = viewer.role === "admin";
  // Scores reach the page only through scoresFor, which keeps them blind for reviewers.
  const { emailKey: _, scoreAverage: _a, scoreCount: _c, scoreSpread: _s, ...fields } = entry;
  return {
    ...fields,
    name: isAdmin ? entry.name : null,
    email: isAdmin ? entry.email : null,
    hasPublicationConsent: entry.consents.some((c) => c.kind === "publication" && c.withdrawnAt === null),
    manualTransitions: isAdmin ? manualTransitions(entry.status) : [],
  };
}

export type EntryDetail = NonNullable<Awaited<ReturnType<typeof entryDetail>>>;
