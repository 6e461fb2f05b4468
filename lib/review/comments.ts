import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/log";
import { ReviewError } from "./errors";

/** Internal notes between staff; never shown on the public site. */
export async function addComment(db: PrismaClient, actor: Actor, entryId: string, body: string) {
  return db.$transaction(async (tx) => {
    const entry = await tx.entry.findUnique({ where: { id: entryId }, select: { id: true } });
    if (!entry) throw new ReviewError("notFound");
    const comment = await tx.comment.create({ data: { entryId, authorId: actor.id, body } });
    // The text stays out of the log; the comment itself is kept with the entry.
    const audit = await recordAudit(tx, { actorId: actor.id, action: "entry.comment", entityType: "entry", entityId: entryId, after: { commentId: comment.id, length: body.length } });
    return { comment, audit };
  });
}

export function commentsFor(db: PrismaClient, entryId: string) {
  return db.comment.findMany({
    where: { entryId },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, createdAt: true, author: { select: { displayName: true } } },
  });
}
