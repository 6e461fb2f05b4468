import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { JstTime } from "@/components/ui/jst-time";
import { devMailboxEnabled, getRecentOutboxEmails } from "@/lib/mail/mailbox";
import { pageLocale } from "@/lib/site/page-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(), namespace: "DevMailbox" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

/** What would have been emailed, while no SMTP server is configured (development and tests only). */
export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const t = await getTranslations({ locale: await pageLocale(), namespace: "DevMailbox" });
  const emails = await getRecentOutboxEmails();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-ink-soft">{t("lead")}</p>
      {emails.length === 0 ? <p className="mt-6">{t("empty")}</p> : null}
      <ol className="mt-6 space-y-4">
        {emails.map((email) => (
          <li key={email.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-line">
            <h2 className="font-semibold">{email.subject}</h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 text-sm">
              <dt className="text-ink-soft">{t("to")}</dt>
              <dd>{email.to}</dd>
              <dt className="text-ink-soft">{t("createdAt")}</dt>
              <dd>
                <JstTime date={email.createdAt} />
              </dd>
              <dt className="text-ink-soft">{t("status")}</dt>
              <dd>{email.sentAt ? t("sent") : t("pending")}</dd>
            </dl>
            <h3 className="mt-4 text-sm font-semibold text-ink-soft">{t("textVersion")}</h3>
            <pre className="mt-1 overflow-x-auto font-sans text-sm whitespace-pre-wrap">{email.text}</pre>
            {email.html ? (
              <>
                <h3 className="mt-4 text-sm font-semibold text-ink-soft">{t("htmlVersion")}</h3>
                {/* An empty sandbox: the mail's HTML is shown, never run (no scripts, no forms, an opaque origin). */}
                <iframe sandbox="" srcDoc={email.html} title={t("htmlFrame", { subject: email.subject })} className="mt-1 h-[32rem] w-full rounded border border-line" />
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
