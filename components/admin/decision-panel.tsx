import { useTranslations } from "next-intl";
import Link from "next/link";
import { statusAction, unpublishAction } from "@/lib/admin/actions/review";
import { winnerAction } from "@/lib/admin/actions/winners";
import type { EntryDetail } from "@/lib/review/detail";
import { FEATURABLE, WINNABLE } from "@/lib/review/status";
import { ActionForm } from "./action-form";
import { SubmitButton } from "./submit-button";

/** The admin's decisions on an entry: status moves, featuring on the site, winning. */
export function DecisionPanel({ entry }: { entry: EntryDetail }) {
  const t = useTranslations("Admin.entry.decisions");
  const statuses = useTranslations("Admin.common.statuses");
  const published = entry.featured?.publishedAt != null;
  const canFeature = !entry.erasedAt && entry.hasPublicationConsent && FEATURABLE.includes(entry.status);
  return (
    <section aria-labelledby="decisions-title" className="space-y-4 rounded border border-line p-3">
      <h2 id="decisions-title" className="font-bold">
        {t("title")}
      </h2>

      <div>
        <h3 className="text-sm font-semibold">{t("status")}</h3>
        {entry.manualTransitions.length === 0 ? (
          <p className="mt-1 text-sm text-ink-soft">{t("noMoves")}</p>
        ) : (
          <ActionForm action={statusAction.bind(null, entry.id)} className="mt-1 flex flex-wrap items-center gap-2" label={t("status")}>
            {entry.manualTransitions.map((to) => (
              <SubmitButton key={to} variant={to === "declined" ? "danger" : "secondary"} name="status" value={to}>
                {t("moveTo", { status: statuses(to) })}
              </SubmitButton>
            ))}
          </ActionForm>
        )}
      </div>

      <div>
        <h3 className="text-sm font-semibold">{t("featuring")}</h3>
        <p className="mt-1 text-sm">{published ? t("published") : t("notPublished")}</p>
        {!entry.hasPublicationConsent && <p className="mt-1 text-sm font-semibold text-accent">{t("needsConsent")}</p>}
        {/* One form whether or not the story is published, so its answer stays on screen. */}
        <ActionForm action={unpublishAction.bind(null, entry.id)} className="mt-2 flex flex-wrap items-start gap-3" label={t("featuring")}>
          {canFeature && (
            <Link href={`/admin/entries/${entry.id}/feature`} className="rounded bg-ink px-3 py-1.5 text-sm font-semibold text-white hover:bg-ink-soft">
              {published ? t("editFeature") : t("feature")}
            </Link>
          )}
          {published && (
            <>
              <a href={`/${entry.language}/stories/${entry.id}`} className="py-1.5 text-sm underline">
                {t("viewPublic")}
              </a>
              <SubmitButton variant="danger">{t("unpublish")}</SubmitButton>
            </>
          )}
        </ActionForm>
      </div>

      <div>
        <h3 className="text-sm font-semibold">{t("winner")}</h3>
        {entry.status === "winner" || (WINNABLE.includes(entry.status) && !entry.erasedAt) ? (
          // One form in both states, so the answer to a revocation stays on screen.
          <ActionForm action={winnerAction.bind(null, entry.id)} className="mt-1" label={t("winner")}>
            {entry.status === "winner" ? (
              <>
                <p className="text-sm">{t("isWinner")}</p>
                <SubmitButton variant="secondary" name="do" value="revoke">{t("revokeWinner")}</SubmitButton>
              </>
            ) : (
              <Link href={`/admin/winners/mark/${entry.id}`} className="inline-block rounded bg-ink px-3 py-1.5 text-sm font-semibold text-white hover:bg-ink-soft">
                {t("markWinner")}
              </Link>
            )}
          </ActionForm>
        ) : (
          <p className="mt-1 text-sm text-ink-soft">{t("winnerFromShortlist")}</p>
        )}
      </div>
    </section>
  );
}
