"use client";

import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { CampaignStateMessage } from "@/components/campaign/campaign-status";
import { useJstFormat } from "@/components/ui/jst-time";
import { campaignStateFromJson, type UnsuccessfulState } from "@/lib/entries/form-state";
import { ENTRY_FIELDS, HONEYPOT_FIELD, type EntryField } from "@/lib/validation/entry-fields";
import type { EntryDraft } from "./use-entry-draft";
import { controlClass, fieldIds } from "./form-controls";

/** The offer to bring back a draft saved in this browser. */
export function DraftOffer({ draft, onRestore, onDiscard }: { draft: EntryDraft; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("EntryForm");
  const jst = useJstFormat();
  return (
    <div className="flex flex-wrap items-center gap-3 rounded-lg bg-course-soft px-4 py-3" data-testid="draft-offer">
      <p className="font-medium">{t("draft.found", { savedAt: jst(new Date(draft.savedAt)) })}</p>
      <button type="button" onClick={onRestore} className="rounded-full bg-ink px-4 py-1.5 font-semibold text-white hover:bg-ink-soft">
        {t("draft.restore")}
      </button>
      <button type="button" onClick={onDiscard} className="rounded-full border-2 border-ink px-4 py-1 font-semibold hover:bg-ink hover:text-white">
        {t("draft.discard")}
      </button>
    </div>
  );
}

/** Why a well-filled form stored nothing, and where the campaign stands if the window closed. */
export function RefusalNotice({ result, focusRef }: { result: UnsuccessfulState & { reason: NonNullable<UnsuccessfulState["reason"]> }; focusRef: RefObject<HTMLDivElement | null> }) {
  const t = useTranslations("EntryForm");
  return (
    <div ref={focusRef} tabIndex={-1} role="alert" className="rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-3" data-testid="entry-refusal">
      <p className="font-semibold">{t(`refusals.${result.reason}`)}</p>
      {result.campaign ? (
        <p className="mt-1">
          <CampaignStateMessage state={campaignStateFromJson(result.campaign)} />
        </p>
      ) : null}
      {result.photoDropped ? <p className="mt-1">{t("photoAgain")}</p> : null}
    </div>
  );
}

/** Every field that needs attention, each a link to it. */
export function ErrorSummary({ fields, errorOf }: { fields: EntryField[]; errorOf: (field: EntryField) => string | null }) {
  const t = useTranslations("EntryForm");
  return (
    <div role="alert" className="rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-3" data-testid="entry-error-summary">
      <p className="font-semibold">{t("summary", { count: fields.length })}</p>
      <ul className="mt-1 list-disc pl-5">
        {ENTRY_FIELDS.filter((field) => fields.includes(field)).map((field) => (
          <li key={field}>
            <a href={`#${fieldIds(field).control}`} className="underline">
              {errorOf(field)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The field people never see and bots fill in; shown, with its label, once it stopped an entry. */
export function HoneypotField({ shown }: { shown: boolean }) {
  const t = useTranslations("EntryForm");
  return (
    <div className={shown ? "space-y-1" : "absolute -left-[10000px] h-px w-px overflow-hidden"} aria-hidden={shown ? undefined : true}>
      <label htmlFor="entry-leave-empty">{t("honeypot")}</label>
      <input id="entry-leave-empty" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" className={controlClass} />
    </div>
  );
}
