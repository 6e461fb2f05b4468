import { z } from "zod";
import { EntryStatus } from "@/lib/generated/prisma/enums";

/**
 * The console's review forms. Every one names its entry by the id the page binds to the action,
 * parsed like any field (PostgreSQL's uuid syntax).
 */
export const entryId = z.guid();

const point = z.coerce.number().int().min(1).max(5);
export const rubricSchema = z.object({ connection: point, originality: point, storytelling: point });

export const scoreSchema = rubricSchema.extend({ entryId });
export const commentSchema = z.object({ entryId, body: z.string().trim().min(1).max(2000) });
export const statusSchema = z.object({ entryId, status: z.enum(EntryStatus) });
export const winnerSchema = z.object({ entryId, do: z.enum(["mark", "revoke"]) });
export const unpublishSchema = z.object({ entryId });
/** The reference typed to confirm an erasure; lib/review/erasure compares it. */
export const eraseSchema = z.object({ entryId, confirm: z.string().max(100) });
/** Completing an entrant's erasure request from the console's queue: the same typed reference. */
export const completeErasureSchema = z.object({ requestId: z.guid(), confirm: z.string().max(100) });
