import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import type { AuditReceipt } from "@/lib/audit/log";
import { currentStaff, requireStaff } from "@/lib/auth/guard";
import type { Staff } from "@/lib/auth/sessions";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { fieldErrors, submittedValues, type ActionState, type AdminDoneKey, type AdminErrorKey } from "./action-state";
import { Refusal } from "./refusal";

/**
 * The one way a console server action is built (decision 16). In this order it checks the
 * session and role (before reading anything it was sent), parses everything it was sent (the
 * bound id included) with one zod schema, runs the domain call and turns a domain Refusal into a
 * message key. A changing call must hand back the receipt of the audit row its own transaction
 * wrote (decision 9): the layer checks there is one but never writes it.
 */

/** "public" only for what a visitor must reach to start a session. */
export type Access = StaffRole | "public";

/** Changes nothing worth auditing (the console language is a preference of a browser). */
export const NOT_AUDITED = "notAudited";

export type Outcome = {
  /** The message under Admin.done; none when the action navigates away. */
  done?: AdminDoneKey;
  /** Values for the message's placeholders ("{count} entries shortlisted"). */
  params?: Record<string, string | number>;
  detail?: string;
  audit: AuditReceipt | readonly AuditReceipt[] | typeof NOT_AUDITED;
  /** Re-render the cached public pages too (the change shows on the site). */
  publicSite?: boolean;
  redirectTo?: string;
};

type ActorOf<A extends Access> = A extends "public" ? Staff | null : Staff;

type Spec<A extends Access, S extends z.ZodType, B extends string | undefined> = {
  access: A;
  schema: S;
  /** The name, in the parsed input, of the value bound with `.bind(null, value)` before the form's state. */
  bound?: B;
  /** The object the schema reads; the form's fields by default. */
  read?: (formData: FormData) => Record<string, unknown>;
  /** The refusal for input the schema rejects. */
  invalid?: AdminErrorKey;
  /** Send what was typed back with a refusal, so the form shows it again (never for passwords). */
  keepValues?: boolean;
  run: (input: z.output<S>, actor: ActorOf<A>) => Promise<Outcome>;
};

type Bound<S extends z.ZodType, B extends string | undefined> = B extends string
  ? [bound: z.input<S> extends Record<B, infer V> ? V : never]
  : [];

/** Refreshes the console, and the public site when the change shows there. */
function refresh({ publicSite = false }: { publicSite?: boolean } = {}) {
  revalidatePath("/admin", "layout");
  // Public pages are cached (ISR); this re-renders every one of them on its next request.
  if (publicSite) revalidatePath("/[locale]", "layout");
}

async function actorFor<A extends Access>(access: A): Promise<ActorOf<A>> {
  return (access === "public" ? await currentStaff() : await requireStaff(access)) as ActorOf<A>;
}

/** What was typed, without passwords: they are never sent back. */
function typedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(submittedValues(formData)).filter(([name]) => !/password/i.test(name)));
}

function fieldsOf(formData: unknown, read?: (formData: FormData) => Record<string, unknown>): Record<string, unknown> {
  if (!(formData instanceof FormData)) return {};
  return read ? read(formData) : submittedValues(formData);
}

function assertAudited(audit: Outcome["audit"]) {
  if (audit === NOT_AUDITED) return;
  if (Array.isArray(audit) ? audit.length === 0 : !(audit as AuditReceipt).auditId) throw new Error("A console change returned no audit receipt");
}

async function perform<A extends Access, S extends z.ZodType, B extends string | undefined>(
  spec: Spec<A, S, B>,
  args: unknown[],
  answersForm: boolean,
): Promise<ActionState> {
  const [bound, formData] = spec.bound === undefined ? [undefined, args[1]] : [args[0], args[2]];
  // A session that ended (idle, expired, signed out elsewhere) is told to the form, which keeps
  // what was typed; a page load would lose it. Nothing is read or run.
  if (answersForm && spec.access !== "public" && !(await currentStaff())) {
    return { status: "error", error: "sessionEnded", values: formData instanceof FormData ? typedValues(formData) : undefined };
  }
  const actor = await actorFor(spec.access);
  const fields = fieldsOf(formData, spec.read);
  const values = spec.keepValues && formData instanceof FormData ? submittedValues(formData) : undefined;
  const parsed = spec.schema.safeParse(spec.bound === undefined ? fields : { ...fields, [spec.bound]: bound });
  if (!parsed.success) return { status: "error", error: spec.invalid ?? "invalid", fields: fieldErrors(parsed.error), values };
  let outcome: Outcome;
  try {
    outcome = await spec.run(parsed.data, actor);
  } catch (error) {
    if (error instanceof Refusal) return { status: "error", error: error.key, detail: error.detail, params: error.params, values };
    throw error;
  }
  assertAudited(outcome.audit);
  refresh({ publicSite: outcome.publicSite });
  if (outcome.redirectTo) redirect(outcome.redirectTo);
  return outcome.done ? { status: "ok", message: outcome.done, detail: outcome.detail, params: outcome.params } : { status: "idle" };
}

/** A console action for a form that shows its answer: `(state, formData)`, or `(bound, state, formData)`. */
export function consoleAction<A extends Access, S extends z.ZodType, B extends string | undefined = undefined>(
  spec: Spec<A, S, B>,
): (...args: [...Bound<S, B>, state: ActionState, formData: FormData]) => Promise<ActionState> {
  return (...args) => perform(spec, args, true);
}

/** The same for a plain form (`<form action>`) that shows no answer: a refusal changes nothing. */
export function consoleFormAction<A extends Access, S extends z.ZodType>(
  spec: Omit<Spec<A, S, undefined>, "bound">,
): (formData: FormData) => Promise<void> {
  return async (formData) => {
    await perform(spec, [undefined, formData], false);
  };
}
