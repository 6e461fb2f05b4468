import { useLocale, useTranslations } from "next-intl";
import { timeTag, useJstFormat } from "@/components/ui/jst-time";
import type { InterviewView } from "@/lib/interviews/archive";
import { seasonPath } from "@/lib/interviews/filters";
import { Breadcrumbs } from "./breadcrumbs";
import { ConnectedStories } from "./connected-stories";
import { CourseNeighbours } from "./course-neighbours";
import { FallbackNotice } from "./fallback-notice";
import { InterviewBody } from "./interview-body";
import { ParticipantNames } from "./participant-names";
import { ShareLinks } from "./share-links";
import { Phrases } from "@/components/ui/phrases";

/** One interview page: header, body, connected stories, the course either side, share links. */
export function InterviewArticle({ interview, canonicalUrl }: { interview: InterviewView; canonicalUrl: string }) {
  const t = useTranslations("Interview");
  const relay = useTranslations("RelayIndex");
  const locale = useLocale();
  const jst = useJstFormat();
  const contentLocale = interview.titleLocale;
  const lang = interview.fallback ? contentLocale : undefined;
  const seasonLang = interview.seasonTitleLocale !== locale ? interview.seasonTitleLocale : undefined;
  return (
    <div className="mx-auto max-w-3xl space-y-10 px-4 py-8">
      <article className="space-y-8">
        <header className="space-y-4">
          <Breadcrumbs
            crumbs={[
              { label: relay("title"), href: "/relay" },
              { label: interview.seasonTitle, href: seasonPath(interview.season), lang: seasonLang },
              { label: t("kmLabel", { km: interview.km }) },
            ]}
          />
          {interview.fallback && <FallbackNotice shown={contentLocale} />}
          <p className="flex flex-wrap items-center gap-3">
            <span className="rounded-full bg-accent px-3 py-1 text-lg font-bold text-white">{t("kmLabel", { km: interview.km })}</span>
            <span className="text-sm text-ink-soft" lang={seasonLang}>
              {interview.seasonTitle}
            </span>
          </p>
          <h1 className="text-2xl leading-snug font-bold sm:text-4xl" lang={lang}>
            <Phrases>{interview.title}</Phrases>
          </h1>
          <ParticipantNames people={interview.participants} locale={locale} />
          {interview.publishedAt && (
            <p className="text-sm text-ink-soft">
              {t.rich("published", { date: jst(interview.publishedAt, "date"), when: timeTag(interview.publishedAt) })}
            </p>
          )}
          <p className="text-lg leading-relaxed font-medium" lang={lang}>
            {interview.lead}
          </p>
        </header>
        <div lang={lang}>
          {interview.body.ok ? (
            <InterviewBody
              blocks={interview.body.blocks}
              format={interview.format}
              participants={interview.participants}
              contentLocale={contentLocale}
            />
          ) : (
            <p role="alert" className="rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-3" lang={locale}>
              {t("bodyError")}
            </p>
          )}
        </div>
      </article>
      <ShareLinks url={canonicalUrl} text={t("shareText", { title: interview.title, season: interview.seasonTitle, km: interview.km })} />
      <ConnectedStories references={interview.references} referencedBy={interview.referencedBy} />
      <CourseNeighbours previous={interview.previous} next={interview.next} />
    </div>
  );
}
