import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { CampaignStatus } from "@/components/campaign/campaign-status";
import { EntryClosedNotice } from "@/components/entry/entry-closed-notice";
import { EntrySection } from "@/components/entry/entry-section";
import { withFailurePages } from "@/components/site/failure-pages";
import { getSchedule } from "@/lib/campaign/queries";
import { stateAt } from "@/lib/campaign/state";
import { formSecret } from "@/lib/entries/config";
import { issueFormToken } from "@/lib/entries/form-token";
import { getPublishedInterviewOptions } from "@/lib/entries/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";
import { confirmEntry, submitEntry } from "./actions";
import { Phrases } from "@/components/ui/phrases";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "EntryPage" });
  return pageMetadata({ locale, path: "/entry", title: t("metaTitle"), description: t("metaDescription") });
}

// Rendered on every request (never cached): whether the form is offered depends on the clock and
// on the schedule staff may change, and each form carries a fresh token.
export const dynamic = "force-dynamic";

async function EntryPage() {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "EntryPage" });
  const now = new Date();
  const state = stateAt(await getSchedule(), now);
  const open = state.phase === "open";
  // The form is the site's one big client component: it alone receives its messages (decision 10).
  const { EntryForm, EntryReceipt, EntryConfirm, CampaignState, Time } = await getMessages({ locale });
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">
          <Phrases>{t("title")}</Phrases>
        </h1>
        <p>{t("lead")}</p>
      </header>
      <CampaignStatus state={state} />
      <NextIntlClientProvider messages={{ EntryForm, EntryReceipt, EntryConfirm, CampaignState, Time }}>
        <EntrySection
          action={submitEntry.bind(null, locale)}
          confirmAction={confirmEntry}
          token={open ? issueFormToken(now, formSecret()) : null}
          interviews={open ? await getPublishedInterviewOptions(locale) : []}
          closedNotice={<EntryClosedNotice />}
        />
      </NextIntlClientProvider>
    </div>
  );
}

export default withFailurePages(EntryPage, { entry: true });
