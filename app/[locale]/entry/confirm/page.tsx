import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { ConfirmLinkForm, NewLinkForm } from "@/components/entry/confirm-forms";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/lib/site/page-locale";
import { confirmEntry, sendNewLink } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(), namespace: "EntryConfirm" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

/**
 * Where a confirmation link leads. Opening it changes nothing (mail scanners open links): the
 * token only travels in the POST of the button. Also the page to ask for a new link.
 */
export default async function ConfirmEntryPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "EntryConfirm" });
  const { token } = await searchParams;
  const { EntryConfirm, EntryForm } = await getMessages({ locale });
  return (
    <div className="mx-auto max-w-2xl space-y-8 px-4 py-10">
      <NextIntlClientProvider messages={{ EntryConfirm, EntryForm: { refusals: EntryForm.refusals } }}>
        <section className="space-y-4" aria-labelledby="confirm-title">
          <h1 id="confirm-title" className="text-3xl font-bold">{t("title")}</h1>
          {typeof token === "string" && token !== "" ? (
            <>
              <p>{t("lead")}</p>
              <ConfirmLinkForm action={confirmEntry} token={token} />
            </>
          ) : (
            <p>{t("missing")}</p>
          )}
        </section>
        <section className="space-y-3 rounded-lg bg-white p-6 shadow-sm ring-1 ring-line" aria-labelledby="new-link-title">
          <h2 id="new-link-title" className="text-xl font-bold">{t("newLinkTitle")}</h2>
          <p>{t("newLinkLead")}</p>
          <NewLinkForm action={sendNewLink.bind(null, locale)} />
        </section>
      </NextIntlClientProvider>
      <Link href="/" className="inline-block underline">{t("home")}</Link>
    </div>
  );
}
