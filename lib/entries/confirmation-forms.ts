import "server-only";
import { z } from "zod";
import type { AppLocale } from "@/i18n/routing";
import type { Queryable } from "@/lib/db/queryable";
import { MAX_CHARACTERS } from "@/lib/validation/entry-fields";
import { admitSubmission, clientKey } from "./admission";
import { REFERENCE_PATTERN } from "./reference";
import { requestEntrantLinks } from "./entrant-page";
import { confirmByCode, confirmByLink, requestNewLink, type ConfirmOutcome, type NewLinkMails } from "./confirmation";

/** The confirm button's form (token from the link), or the receipt's code form (reference and code). */
export const confirmFormSchema = z.union([
  z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }),
  z.object({ reference: z.string().regex(REFERENCE_PATTERN), code: z.string().trim().min(1).max(20) }),
]);

export const newLinkFormSchema = z.object({ email: z.string().trim().max(MAX_CHARACTERS.email).pipe(z.email()) });

export type ConfirmState =
  | { status: "idle" }
  | { status: "done"; outcome: ConfirmOutcome; code: string }
  | { status: "unavailable"; code: string };

export type NewLinkState = { status: "idle" | "sent" } | { status: "invalid" | "rateLimited" | "unavailable"; email: string };

type Settings = { secret: string; rateLimitPerHour: number; confirmationGraceMs: number; mailsPerRecipientPerHour: number };

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The POST of a confirmation link's button, or of a code: the only requests that use a token. */
export async function handleConfirmation(form: FormData, context: { db: Queryable; now: Date }): Promise<ConfirmState> {
  const code = field(form, "code");
  const parsed = confirmFormSchema.safeParse(Object.fromEntries(["token", "reference", "code"].filter((name) => form.has(name)).map((name) => [name, field(form, name)])));
  if (!parsed.success) return { status: "done", outcome: { kind: "unknown" }, code };
  try {
    const outcome =
      "token" in parsed.data
        ? await confirmByLink(context.db, parsed.data.token, context.now)
        : await confirmByCode(context.db, parsed.data.reference, parsed.data.code, context.now);
    return { status: "done", outcome, code };
  } catch (error) {
    console.error("[entries] could not confirm an entry:", error instanceof Error ? error.message : error);
    return { status: "unavailable", code };
  }
}

type EmailRequestContext = { db: Queryable; now: Date; locale: AppLocale; clientAddress: string; settings: Settings };

/**
 * A form that asks for a mail to an address: the same answer for every well-formed address, and
 * each client's requests count against the entry path's hourly limit (decision 14).
 */
async function answerEmailRequest(form: FormData, context: EmailRequestContext, send: (email: string) => Promise<void>): Promise<NewLinkState> {
  const email = field(form, "email");
  const parsed = newLinkFormSchema.safeParse({ email });
  if (!parsed.success) return { status: "invalid", email };
  const { db, now, settings } = context;
  try {
    const admission = await admitSubmission(db, { key: clientKey(context.clientAddress, settings.secret), now });
    if (admission.attemptsThisHour > settings.rateLimitPerHour) return { status: "rateLimited", email };
    await send(parsed.data.email);
    return { status: "sent" };
  } catch (error) {
    console.error("[entries] could not send a link:", error instanceof Error ? error.message : error);
    return { status: "unavailable", email };
  }
}

/** "Send me a new link" (to confirm): see requestNewLink. */
export async function handleNewLinkRequest(form: FormData, context: EmailRequestContext & { mails: NewLinkMails }): Promise<NewLinkState> {
  const { settings } = context;
  return answerEmailRequest(form, context, (email) =>
    requestNewLink(context.db, email, {
      locale: context.locale,
      now: context.now,
      secret: settings.secret,
      graceMs: settings.confirmationGraceMs,
      mailCap: settings.mailsPerRecipientPerHour,
      mails: context.mails,
    }),
  );
}

/** "Send me my link" (to the entrant's page): see requestEntrantLinks. */
export async function handleEntrantLinkRequest(form: FormData, context: EmailRequestContext): Promise<NewLinkState> {
  return answerEmailRequest(form, context, (email) =>
    requestEntrantLinks(context.db, email, {
      locale: context.locale,
      now: context.now,
      secret: context.settings.secret,
      mailCap: context.settings.mailsPerRecipientPerHour,
    }),
  );
}
