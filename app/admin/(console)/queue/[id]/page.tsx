import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConflictForm } from "@/components/admin/conflict-form";
import { EntryFacts } from "@/components/admin/entry-facts";
import { EntryStory } from "@/components/admin/entry-story";
import { QueueScoreForm } from "@/components/admin/queue-score-form";
import { QueueShortcutsHelp } from "@/components/admin/queue-shortcuts-help";
import { RubricFields } from "@/components/admin/rubric-fields";
import { SubmitButton } from "@/components/admin/submit-button";
import { scoreAndNextAction } from "@/lib/admin/actions/assignments";
import { requireStaff } from "@/lib/auth/guard";
import { getEntryDetail, getMyScore, getQueuePosition } from "@/lib/review/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("queue") };
}

/**
 * One entry of the reviewer's queue: the story, their own score and nothing of anyone else's
 * (blind scoring holds here even after they have scored; the entry page shows the rest).
 */
export default async function QueueEntryPage({ params }: PageProps<"/admin/queue/[id]">) {
  const staff = await requireStaff();
  const { id } = await params;
  const [place, entry] = await Promise.all([getQueuePosition(staff, id), getEntryDetail(staff, id)]);
  if (!place || !entry) notFound();
  const [t, mine] = await Promise.all([getTranslations("Admin.queue"), getMyScore(staff, id)]);
  const skipHref = place.nextEntryId ? `/admin/queue/${place.nextEntryId}` : null;
  return (
    <>
      <p className="flex flex-wrap gap-x-6 text-sm">
        <Link href="/admin/queue" className="underline">
          {t("back")}
        </Link>
        <span className="font-semibold" data-testid="queue-position">
          {t("position", { position: place.position, total: place.total })}
        </span>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold" lang={entry.language} dir="auto">
          {entry.title}
        </h1>
        <span className="font-mono text-sm text-ink-soft">{entry.reference}</span>
      </div>
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="space-y-6">
          <EntryStory entry={entry} />
          <EntryFacts entry={entry} />
        </div>
        <div className="space-y-6">
          <section aria-labelledby="queue-score-title" className="rounded border border-line p-3">
            <h2 id="queue-score-title" className="font-bold">
              {place.scored ? t("scoredAlready") : t("scoreTitle")}
            </h2>
            <div className="mt-2" key={entry.id}>
              <QueueScoreForm action={scoreAndNextAction.bind(null, entry.id)} label={t("formLabel")} skipHref={skipHref}>
                <RubricFields mine={mine} />
                <div className="flex flex-wrap items-center gap-4">
                  <SubmitButton>{t("saveNext")}</SubmitButton>
                  {skipHref && (
                    <Link href={skipHref} data-skip className="text-sm underline">
                      {t("skip")}
                    </Link>
                  )}
                </div>
              </QueueScoreForm>
            </div>
          </section>
          <QueueShortcutsHelp />
          {!place.scored && <ConflictForm entryId={entry.id} />}
        </div>
      </div>
    </>
  );
}
