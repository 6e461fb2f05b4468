"use server";

import { revalidatePath } from "next/cache";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { entrantCookieName, entrantCookieOptions } from "@/lib/auth/cookie";
import { db, pool } from "@/lib/db/client";
import { clientAddress } from "@/lib/entries/admission";
import { entrySettings } from "@/lib/entries/config";
import { handleEntrantLinkRequest, type NewLinkState } from "@/lib/entries/confirmation-forms";
import { closeEntrantSession } from "@/lib/entries/entrant-page";
import { handleEntrantAction, handleOpenPage, type EntrantActionState, type OpenPageState } from "@/lib/entries/entrant-page-forms";
import { knownLocale } from "@/lib/site/page-locale";
import type { EntrantActionKind } from "@/lib/validation/entrant";

// The locale is bound by the page: actions cannot read root params.

/** The button a mailed link opens: spends the link, keeps the entrant in with a cookie, shows the page. */
export async function openMyEntry(locale: string, _previous: OpenPageState, form: FormData): Promise<OpenPageState> {
  const result = await handleOpenPage(form, { db: pool(), now: new Date() });
  if (result.status !== "opened") return result;
  (await cookies()).set(entrantCookieName(), result.session, entrantCookieOptions(result.expiresAt));
  redirect(`/${knownLocale(locale)}/my-entry`);
}

/** Withdraw the entry, withdraw permission to publish, or request erasure. */
export async function actOnMyEntry(kind: EntrantActionKind, locale: string, _previous: EntrantActionState, form: FormData): Promise<EntrantActionState> {
  const settings = entrySettings();
  const appLocale = knownLocale(locale);
  const result = await handleEntrantAction(kind, form, {
    db,
    pool: pool(),
    session: (await cookies()).get(entrantCookieName())?.value,
    now: new Date(),
    locale: appLocale,
    mailLimits: { secret: settings.secret, cap: settings.mailsPerRecipientPerHour },
  });
  if (result.status !== "done") return result;
  // A story that left the site leaves every cached public page on every instance (decision 22).
  if (result.publicPagesChanged) revalidatePath("/[locale]", "layout");
  if (kind === "withdraw") (await cookies()).delete(entrantCookieName());
  redirect(`/${appLocale}/my-entry?done=${kind}`);
}

/** "Close my page": the session ends at once, on this device and in the database. */
export async function closeMyEntry(locale: string): Promise<void> {
  const jar = await cookies();
  await closeEntrantSession(pool(), jar.get(entrantCookieName())?.value, new Date());
  jar.delete(entrantCookieName());
  redirect(`/${knownLocale(locale)}/my-entry`);
}

/** "Send me my link". */
export async function sendMyEntryLink(locale: string, _previous: NewLinkState, form: FormData): Promise<NewLinkState> {
  return handleEntrantLinkRequest(form, {
    db: pool(),
    now: new Date(),
    locale: knownLocale(locale),
    clientAddress: clientAddress((await headers()).get("x-forwarded-for")),
    settings: entrySettings(),
  });
}
