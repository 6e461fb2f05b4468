"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { FactList } from "@/components/ui/fact-list";
import { JstTime } from "@/components/ui/jst-time";
import { Link } from "@/i18n/navigation";
import type { ConfirmState } from "@/lib/entries/confirmation-forms";
import type { StoredState } from "@/lib/entries/form-state";
import { ConfirmCodeForm } from "./confirm-forms";
import { clearEntryDraft } from "./use-entry-draft";

/**
 * What the entrant sees once their story is stored: the reference, a summary, and where to type
 * the code from the confirmation mail. The same whether or not the address had entered before.
 */
export function EntryReceipt({
  receipt,
  alreadyStored,
  confirmAction,
}: Omit<StoredState, "status"> & { confirmAction: (previous: ConfirmState, form: FormData) => Promise<ConfirmState> }) {
  const t = useTranslations("EntryReceipt");
  const roles = useTranslations("EntryForm.roles");
  const languages = useTranslations("EntryForm.languages");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    clearEntryDraft();
    heading.current?.focus();
  }, []);
  const rows: [string, React.ReactNode][] = [
    [t("reference"), <strong key="reference" className="font-mono text-lg tracking-wider" data-testid="entry-reference">{receipt.reference}</strong>],
    [t("submittedAt"), <JstTime key="submittedAt" date={new Date(receipt.submittedAt)} />],
    [t("window"), t("windowValue", { number: receipt.windowNumber })],
    [t("penName"), <bdi key="penName">{receipt.penName}</bdi>],
    [t("storyTitle"), <bdi key="title">{receipt.title}</bdi>],
    [t("role"), roles(receipt.role)],
    [t("language"), languages(receipt.language)],
    [t("length"), t("lengthValue", { count: receipt.storyCharacters })],
    [t("km"), receipt.km === null ? t("kmNone") : t("kmValue", { km: receipt.km })],
    [t("photo"), receipt.hasPhoto ? t("photoYes") : t("photoNo")],
  ];
  return (
    <section aria-labelledby="entry-receipt-title" className="rounded-lg border-l-4 border-ok bg-white p-6 shadow-sm ring-1 ring-line">
      <h2 id="entry-receipt-title" ref={heading} tabIndex={-1} className="text-2xl font-bold">
        {alreadyStored ? t("alreadyTitle") : t("title")}
      </h2>
      <p className="mt-2">{alreadyStored ? t("alreadyLead") : t("lead", { email: receipt.email })}</p>
      <h3 className="mt-6 font-semibold">{t("summary")}</h3>
      <FactList rows={rows} className="mt-2" />
      <section aria-labelledby="entry-code-title" className="mt-6 space-y-2 rounded-md bg-paper p-4 ring-1 ring-line">
        <h3 id="entry-code-title" className="font-semibold">{t("codeTitle")}</h3>
        <p className="text-sm">{t("codeLead")}</p>
        <ConfirmCodeForm action={confirmAction} reference={receipt.reference} />
        <p className="text-sm">
          <Link href="/entry/confirm" className="underline">{t("noMail")}</Link>
        </p>
      </section>
      <p className="mt-6 text-sm text-ink-soft">{t("next")}</p>
      <ul className="mt-4 flex flex-wrap gap-3">
        <li>
          <Link href="/" className="inline-block rounded-full bg-ink px-5 py-2 font-semibold text-white hover:bg-ink-soft">
            {t("home")}
          </Link>
        </li>
        <li>
          <Link href="/relay" className="inline-block rounded-full border-2 border-ink px-5 py-2 font-semibold hover:bg-ink hover:text-white">
            {t("relay")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
