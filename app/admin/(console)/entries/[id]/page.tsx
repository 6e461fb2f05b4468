import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentsPanel } from "@/components/admin/assignments-panel";
import { AuditTable } from "@/components/admin/audit-table";
import { CommentsPanel } from "@/components/admin/comments-panel";
import { DecisionPanel } from "@/components/admin/decision-panel";
import { EntryFacts } from "@/components/admin/entry-facts";
import { EntryStory } from "@/components/admin/entry-story";
import { ErasePanel } from "@/components/admin/erase-panel";
import { ScoresPanel } from "@/components/admin/scores-panel";
import { StatusBadge } from "@/components/admin/status-badge";
import { requireStaff } from "@/lib/auth/guard";
import { getAssignableReviewers, getAssignees, getAudit, getComments, getEntryDetail, getScores } from "@/lib/review/queries";

export async function generateMetadata({ params }: PageProps<"/admin/entries/[id]">): Promise<Metadata> {
  const t = await getTranslations("Admin.entry");
  return { title: t("metaTitle", { id: (await params).id.slice(0, 8) }) };
}

export default async function EntryPage({ params }: PageProps<"/admin/entries/[id]">) {
  const staff = await requireStaff();
  const { id } = await params;
  const entry = await getEntryDetail(staff, id);
  if (!entry) notFound();
  const isAdmin = staff.role === "admin";
  const [t, scores, comments, audit, assignees, reviewers] = await Promise.all([
    getTranslations("Admin.entry"),
    getScores(staff, id),
    getComments(id),
    isAdmin ? getAudit({ entityType: "entry", entityId: id }) : null,
    isAdmin ? getAssignees(id) : null,
    isAdmin ? getAssignableReviewers() : null,
  ]);
  const erased = entry.erasedAt !== null;
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/entries" className="underline">
          {t("back")}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold" lang={entry.language} dir="auto">
          {erased ? t("erasedTitle") : entry.title}
        </h1>
        <StatusBadge status={entry.status} />
        <span className="font-mono text-sm text-ink-soft">{entry.reference}</span>
      </div>
      {erased && <p className="mt-2 rounded bg-accent-soft p-2 text-sm">{t("erasedNotice")}</p>}

      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <EntryStory entry={entry} />
          <EntryFacts entry={entry} />
        </div>
        <div className="space-y-6">
          <ScoresPanel entryId={entry.id} view={scores} canScore={!erased} />
          {isAdmin && <DecisionPanel entry={entry} />}
          {assignees && reviewers && !erased && <AssignmentsPanel entryId={entry.id} assignees={assignees} reviewers={reviewers} />}
          <CommentsPanel entryId={entry.id} comments={comments} />
        </div>
      </div>

      {audit && (
        <section aria-labelledby="audit-title" className="mt-8">
          <h2 id="audit-title" className="text-lg font-bold">
            {t("audit")}
          </h2>
          <div className="mt-2">
            <AuditTable rows={audit.rows} caption={t("audit")} showEntity={false} />
          </div>
        </section>
      )}
      {isAdmin && !erased && (
        <div className="mt-8 max-w-xl">
          <ErasePanel entryId={entry.id} reference={entry.reference} />
        </div>
      )}
    </>
  );
}
