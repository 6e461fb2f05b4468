import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/sessions";
import { Refusal } from "@/lib/admin/refusal";
import { filterQuery, parseEntryFilter } from "./filters";

/**
 * A staff member's own named views of the entry list: a name and the list's query string, stored
 * normalised (parsed as the list parses it), so a view applies like a bookmark and never carries
 * anything the list would not read. Preferences of one person: not audited.
 */
export const MAX_SAVED_VIEWS = 20;

export type SavedViewRow = { id: string; name: string; query: string };

export function listSavedViews(db: PrismaClient, staff: Actor): Promise<SavedViewRow[]> {
  return db.savedView.findMany({ where: { staffId: staff.id }, orderBy: { name: "asc" }, select: { id: true, name: true, query: true } });
}

export async function saveView(db: PrismaClient, staff: Actor, { name, query }: { name: string; query: string }): Promise<void> {
  const normalised = filterQuery(parseEntryFilter(new URLSearchParams(query)));
  await db.$transaction(async (tx) => {
    // Serialises one person's saves, so two at once cannot both pass the count.
    await tx.$executeRaw`SELECT 1 FROM "StaffUser" WHERE "id" = CAST(${staff.id} AS uuid) FOR UPDATE`;
    const existing = await tx.savedView.findUnique({ where: { staffId_name: { staffId: staff.id, name } }, select: { id: true } });
    if (!existing && (await tx.savedView.count({ where: { staffId: staff.id } })) >= MAX_SAVED_VIEWS) {
      throw new Refusal("savedViews.tooMany", { params: { max: MAX_SAVED_VIEWS } });
    }
    // Saving under a name in use replaces that view: the name is how staff find it again.
    await tx.savedView.upsert({
      where: { staffId_name: { staffId: staff.id, name } },
      create: { staffId: staff.id, name, query: normalised },
      update: { query: normalised },
    });
  });
}

/** Deletes one of the actor's own views; another person's view is not found. */
export async function deleteView(db: PrismaClient, staff: Actor, id: string): Promise<void> {
  const { count } = await db.savedView.deleteMany({ where: { id, staffId: staff.id } });
  if (count === 0) throw new Refusal("savedViews.notFound");
}
