import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/routing";
import { personName, type Person } from "@/lib/interviews/archive";
import { paragraphs, type Block } from "@/lib/interviews/blocks";
import type { InterviewFormat } from "@/lib/generated/prisma/enums";
import { Phrases } from "@/components/ui/phrases";

/**
 * The body of an interview. Questions from the interviewer are set apart in both formats; in a
 * dialogue (or whenever more than one person answers) every turn is labelled with the speaker's
 * name, written in the language of the text.
 */
export function InterviewBody({
  blocks,
  format,
  participants,
  contentLocale,
}: {
  blocks: Block[];
  format: InterviewFormat;
  participants: Person[];
  contentLocale: AppLocale;
}) {
  const labelSpeakers = format === "dialogue" || participants.length > 1;
  const byKey = new Map(participants.map((p) => [p.key, p]));
  return (
    <div className="space-y-6">
      {blocks.map((block, i) => {
        switch (block.type) {
          case "heading":
            return (
              <h2 key={i} className="border-b-2 border-accent pt-4 pb-1 text-xl font-bold sm:text-2xl">
                <Phrases>{block.text}</Phrases>
              </h2>
            );
          case "question":
            return <Question key={i} text={block.text} format={format} />;
          case "answer": {
            const speaker = byKey.get(block.speaker)!;
            return (
              <div key={i} className={labelSpeakers ? "grid gap-1 sm:grid-cols-[9rem_1fr] sm:gap-4" : ""}>
                {labelSpeakers && <p className="font-bold text-course">{personName(speaker, contentLocale)}</p>}
                <div className="space-y-3">
                  {paragraphs(block.text).map((paragraph, j) => (
                    <p key={j}>{paragraph}</p>
                  ))}
                </div>
              </div>
            );
          }
          case "photo":
            return (
              <figure key={i} className="space-y-2">
                <img src={block.src} alt={block.alt} loading="lazy" decoding="async" className="w-full rounded-lg bg-white ring-1 ring-line" />
                {block.caption && <figcaption className="text-sm text-ink-soft">{block.caption}</figcaption>}
              </figure>
            );
        }
      })}
    </div>
  );
}

function Question({ text, format }: { text: string; format: InterviewFormat }) {
  const t = useTranslations("Interview");
  const uiLocale = useLocale();
  return (
    <div className="rounded-lg bg-course-soft px-4 py-3 font-semibold">
      {format === "qa" ? (
        <p className="flex gap-3">
          <span aria-hidden="true" className="font-bold text-course" lang={uiLocale}>
            {t("questionMark")}
          </span>
          <span>
            <span className="sr-only" lang={uiLocale}>
              {t("question")}
            </span>
            {text}
          </span>
        </p>
      ) : (
        <p>
          <span className="mr-2 text-sm font-bold text-course" lang={uiLocale}>
            {t("interviewer")}
          </span>
          {text}
        </p>
      )}
    </div>
  );
}
