import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { EntrantStatus } from "@/components/entrant/entrant-status";
import { EntryAsSubmitted } from "@/components/entrant/entry-as-submitted";
import { EntrantActionForm, OpenPageForm } from "@/components/entrant/entrant-forms";
import { NewLinkForm } from "@/components/entry/confirm-forms";
import { withFailurePages } from "@/components/site/failure-pages";
import { entrantCookieName } from "@/lib/auth/cookie";
import { getMyEntry } from "@/lib/entries/queries";
import { pageLocale } from "@/lib/site/page-locale";
import { entrantDoneSchema } from "@/lib/validation/entrant";
import { actOnMyEntry, closeMyEntry, openMyEntry, sendMyEntryLink } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(), namespace: "EntrantPage" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

// Personal, and read with the session cookie on every request: never cached.
export const dynamic = "force-dynamic";

type SearchParams = Promise<{ token?: string | string[]; done?: string | string[] }>;

/**
 * The entrant's page (docs/decisions/0027-entrant-page.md). A mailed link shows a button that
 * opens it (opening the link itself changes nothing); the session it starts shows the one entry
 * it belongs to, with its actions. Without a session: how to get a link.
 */
async function MyEntryPage({ searchParams }: { searchParams: SearchParams }) {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "EntrantPage" });
  const { token, done: doneParam } = await searchParams;
  const done = entrantDoneSchema.parse(doneParam);
  const { EntrantPage, EntryForm } = await getMessages({ locale });
  const entry = typeof token === "string" ? null : await getMyEntry((await cookies()).get(entrantCookieName())?.value, new Date());
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <NextIntlClientProvider messages={{ EntrantPage, EntryForm: { refusals: EntryForm.refusals } }}>
        {done ? (
          <p role="status" data-testid="entrant-done" className="rounded-lg bg-white p-4 font-semibold text-ok ring-1 ring-line">
            {t(`done.${done}`)}
          </p>
        ) : null}
        {typeof token === "string" ? (
          <section className="space-y-4" aria-label={t("open")}>
            <p>{t("openLead")}</p>
            <OpenPageForm action={openMyEntry.bind(null, locale)} token={token} />
          </section>
        ) : entry ? (
          <>
            <EntrantStatus entry={entry} />
            {entry.state === "erased" ? null : <EntryAsSubmitted entry={entry} />}
            <section aria-labelledby="entrant-actions-title" className="space-y-4">
              <h2 id="entrant-actions-title" className="text-xl font-bold">{t("actionsTitle")}</h2>
              {entry.canWithdraw ? (
                <EntrantActionForm kind="withdraw" action={actOnMyEntry.bind(null, "withdraw", locale)} />
              ) : (
                <p className="text-sm">{t("withdrawClosed")}</p>
              )}
              {entry.canWithdrawPublication ? (
                <EntrantActionForm kind="withdrawPublication" action={actOnMyEntry.bind(null, "withdrawPublication", locale)} />
              ) : null}
              {entry.canRequestErasure ? (
                <EntrantActionForm kind="requestErasure" action={actOnMyEntry.bind(null, "requestErasure", locale)} />
              ) : null}
            </section>
            <form action={closeMyEntry.bind(null, locale)} className="space-y-2">
              <p className="text-sm text-ink-soft">{t("sessionNote")}</p>
              <button type="submit" className="rounded-full border-2 border-ink px-5 py-2 font-semibold hover:bg-ink hover:text-white">
                {t("close")}
              </button>
            </form>
          </>
        ) : (
          <p data-testid="entrant-no-session">{t("noSession")}</p>
        )}
        {entry ? null : (
          <section className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-line" aria-labelledby="entrant-link-title">
            <h2 id="entrant-link-title" className="text-xl font-bold">{t("linkTitle")}</h2>
            <p>{t("linkLead")}</p>
            <NewLinkForm action={sendMyEntryLink.bind(null, locale)} texts="EntrantPage" />
          </section>
        )}
      </NextIntlClientProvider>
    </div>
  );
}

export default withFailurePages(MyEntryPage);
