import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FactList } from "@/components/ui/fact-list";
import { JstTime } from "@/components/ui/jst-time";
import type { EntrantView } from "@/lib/entries/entrant-page";

/** The story as the entrant sent it; everything they wrote is rendered isolated (decision 13). */
export function EntryAsSubmitted({ entry }: { entry: EntrantView }) {
  const t = useTranslations("EntrantPage.fields");
  const fields = useTranslations("EntryForm.fields");
  const roles = useTranslations("EntryForm.roles");
  const languages = useTranslations("EntryForm.languages");
  const rows: [string, ReactNode][] = [
    [t("reference"), <strong key="reference" className="font-mono tracking-wider" data-testid="entrant-reference">{entry.reference}</strong>],
    [t("submittedAt"), <JstTime key="submittedAt" date={entry.submittedAt} />],
    [t("window"), t("windowValue", { number: entry.windowNumber })],
    [fields("email.label"), entry.email],
    [fields("penName.label"), <bdi key="penName">{entry.penName}</bdi>],
    [fields("country.label"), <bdi key="country">{entry.country}</bdi>],
    [fields("role.label"), roles(entry.role)],
    [fields("connectedWith.label"), <bdi key="connectedWith">{entry.connectedWith}</bdi>],
    [fields("km.label"), entry.km === null ? t("kmNone") : t("kmValue", { km: entry.km })],
    [fields("language.label"), languages(entry.language)],
    [fields("photo.label"), entry.hasPhoto ? t("photoYes") : t("photoNo")],
  ];
  return (
    <section aria-labelledby="entrant-story-title" className="space-y-4 rounded-lg bg-white p-6 shadow-sm ring-1 ring-line">
      <h2 id="entrant-story-title" className="text-xl font-bold">{t("heading")}</h2>
      <FactList rows={rows} />
      <h3 className="text-lg font-bold" lang={entry.language} dir="auto" data-testid="entrant-title">{entry.title}</h3>
      <div className="space-y-3 break-words" lang={entry.language}>
        {entry.story.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index} dir="auto" className="whitespace-pre-line">{paragraph}</p>
        ))}
      </div>
      <p className="text-sm text-ink-soft">{fields("myTokyoMarathonIs.label")}</p>
      <p dir="auto" lang={entry.language} className="break-words">{entry.myTokyoMarathonIs}</p>
    </section>
  );
}
