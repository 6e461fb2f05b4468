import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { ShortTime } from "@/components/admin/short-time";
import { SubmitButton } from "@/components/admin/submit-button";
import { completeErasureAction } from "@/lib/admin/actions/erasure";
import { requireStaff } from "@/lib/auth/guard";
import { getCompletedErasureRequests, getPendingErasureRequests } from "@/lib/review/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("erasureRequests") };
}

const cell = "border-b border-line px-2 py-1.5 text-left align-top";

/** Erasure requests entrants filed on their page, oldest first; an admin completes each one. */
export default async function ErasureRequestsPage() {
  await requireStaff("admin");
  const t = await getTranslations("Admin.erasureRequests");
  const [requests, completed] = await Promise.all([getPendingErasureRequests(), getCompletedErasureRequests()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-sm text-ink-soft">{t("lead")}</p>
      {requests.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse text-sm">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr className="bg-paper">
              <th scope="col" className={cell}>{t("reference")}</th>
              <th scope="col" className={cell}>{t("requestedAt")}</th>
              <th scope="col" className={cell}>{t("complete")}</th>
            </tr>
          </thead>
          <tbody>
            {requests.map((request) => (
              <tr key={request.id}>
                <td className={cell}>
                  <Link href={`/admin/entries/${request.entryId}`} className="font-mono font-semibold underline">
                    {request.entry.reference}
                  </Link>
                </td>
                <td className={cell}><ShortTime date={request.requestedAt} /></td>
                <td className={cell}>
                  <ActionForm action={completeErasureAction.bind(null, request.id)} className="flex flex-wrap items-end gap-2" label={t("completeFor", { reference: request.entry.reference })}>
                    <label className="block">
                      <span className="block text-xs font-semibold">{t("confirmLabel", { reference: request.entry.reference })}</span>
                      <input name="confirm" autoComplete="off" required className="rounded border border-line px-2 py-1 font-mono" />
                    </label>
                    <SubmitButton variant="danger">{t("submit")}</SubmitButton>
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {completed.length === 0 ? null : (
        <section aria-labelledby="erasure-completed-title" className="mt-8">
          <h2 id="erasure-completed-title" className="text-lg font-bold">{t("completedTitle")}</h2>
          <table className="mt-2 w-full border-collapse text-sm" data-testid="erasure-completed">
            <thead>
              <tr className="bg-paper">
                <th scope="col" className={cell}>{t("reference")}</th>
                <th scope="col" className={cell}>{t("requestedAt")}</th>
                <th scope="col" className={cell}>{t("completedAt")}</th>
              </tr>
            </thead>
            <tbody>
              {completed.map((request) => (
                <tr key={request.id}>
                  <td className={cell}>
                    <Link href={`/admin/entries/${request.entryId}`} className="font-mono underline">{request.entry.reference}</Link>
                  </td>
                  <td className={cell}><ShortTime date={request.requestedAt} /></td>
                  <td className={cell}><ShortTime date={request.completedAt!} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
