import { useTranslations } from "next-intl";
import type { StoryCard } from "@/lib/interviews/archive";
import { StoryList } from "./story-list";

/** The stories this interview names, and those that name it: the relay's baton, both ways. */
export function ConnectedStories({ references, referencedBy }: { references: StoryCard[]; referencedBy: StoryCard[] }) {
  const t = useTranslations("Interview");
  if (references.length === 0 && referencedBy.length === 0) return null;
  return (
    <section aria-labelledby="connections-title" className="space-y-6">
      <h2 id="connections-title" className="text-2xl font-bold">
        {t("connections")}
      </h2>
      {references.length > 0 && (
        <section aria-labelledby="references-title" className="space-y-3">
          <h3 id="references-title" className="text-lg font-bold">
            {t("references")}
          </h3>
          <StoryList stories={references} columns={2} headingLevel={4} showSeason />
        </section>
      )}
      {referencedBy.length > 0 && (
        <section aria-labelledby="referenced-by-title" className="space-y-3">
          <h3 id="referenced-by-title" className="text-lg font-bold">
            {t("referencedBy")}
          </h3>
          <StoryList stories={referencedBy} columns={2} headingLevel={4} showSeason />
        </section>
      )}
    </section>
  );
}
