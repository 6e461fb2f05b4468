import "server-only";
import type { Queryable } from "@/lib/db/queryable";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { entrantActionSchema, openEntrantPageSchema, type EntrantActionKind } from "@/lib/validation/entrant";
import { openEntrantLink, sessionEntryId } from "./entrant-page";
import { requestErasure, withdrawEntry, withdrawPublication, type EntrantContext } from "./withdrawal";

/** The forms of the entrant's page; the route's server actions only add cookies and redirects. */

export type OpenPageState = { status: "idle" } | { status: "refused"; reason: "expired" | "used" | "unknown" } | { status: "unavailable" };
export type OpenPageResult = { status: "opened"; session: string; expiresAt: Date } | OpenPageState;

function fields(form: FormData, names: string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, form.get(name)]).filter((pair): pair is [string, string] => typeof pair[1] === "string"));
}

/** The POST of the button a mailed link opens: the only request that spends the link. */
export async function handleOpenPage(form: FormData, context: { db: Queryable; now: Date }): Promise<OpenPageResult> {
  const parsed = openEntrantPageSchema.safeParse(fields(form, ["token"]));
  if (!parsed.success) return { status: "refused", reason: "unknown" };
  try {
    const outcome = await openEntrantLink(context.db, parsed.data.token, context.now);
    return outcome.kind === "opened" ? { status: "opened", session: outcome.session, expiresAt: outcome.expiresAt } : { status: "refused", reason: outcome.kind };
  } catch (error) {
    console.error("[entries] could not open an entrant's page:", error instanceof Error ? error.message : error);
    return { status: "unavailable" };
  }
}

export type EntrantActionState =
  | { status: "idle" }
  | { status: "refused"; reason: "notConfirmed" | "sessionEnded" | "windowClosed" | "alreadyDone" | "gone" | "unavailable" };
export type EntrantActionResult = { status: "done"; publicPagesChanged: boolean } | EntrantActionState;

const ACTIONS = { withdraw: withdrawEntry, withdrawPublication, requestErasure } satisfies Record<EntrantActionKind, unknown>;

/**
 * One action of the page. The entry is the one the session cookie opens, looked up again on every
 * request; nothing the form sends names an entry. Refused unless its box was ticked.
 */
export async function handleEntrantAction(
  kind: EntrantActionKind,
  form: FormData,
  context: { db: PrismaClient; pool: Queryable; session: string | undefined } & EntrantContext,
): Promise<EntrantActionResult> {
  if (!entrantActionSchema.safeParse(fields(form, ["confirm"])).success) return { status: "refused", reason: "notConfirmed" };
  try {
    const entryId = await sessionEntryId(context.pool, context.session, context.now);
    if (!entryId) return { status: "refused", reason: "sessionEnded" };
    const outcome = await ACTIONS[kind](context.db, entryId, context);
    return outcome.kind === "done" ? { status: "done", publicPagesChanged: outcome.publicPagesChanged } : { status: "refused", reason: outcome.kind };
  } catch (error) {
    console.error(`[entries] could not ${kind} on an entrant's page:`, error instanceof Error ? error.message : error);
    return { status: "refused", reason: "unavailable" };
  }
}
