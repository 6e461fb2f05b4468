import { useTranslations } from "next-intl";
import { Phrases } from "@/components/ui/phrases";
import { Link } from "@/i18n/navigation";
import type { StoryCard } from "@/lib/interviews/archive";
import { storyPath } from "./story-card";

/** The previous and next stories along the course, in the same season. */
export function CourseNeighbours({ previous, next }: { previous: StoryCard | null; next: StoryCard | null }) {
  const t = useTranslations("Interview");
  const km = useTranslations("StoryCard");
  if (!previous && !next) return null;
  const item = (story: StoryCard, direction: "previous" | "next") => (
    <Link
      href={storyPath(story)}
      rel={direction === "previous" ? "prev" : "next"}
      className={`flex h-full flex-col gap-1 rounded-lg bg-white p-4 ring-1 ring-line hover:ring-2 hover:ring-course ${direction === "next" ? "sm:text-right" : ""}`}
    >
      <span className={`flex gap-2 text-sm text-ink-soft ${direction === "next" ? "sm:justify-end" : ""}`}>
        {direction === "previous" && <span aria-hidden="true">←</span>}
        <span>{t(direction)}</span>
        <span className="font-semibold text-accent">{km("km", { km: story.km })}</span>
        {direction === "next" && <span aria-hidden="true">→</span>}
      </span>
      <span className="font-bold" lang={story.fallback ? story.titleLocale : undefined}>
        <Phrases>{story.title}</Phrases>
      </span>
    </Link>
  );
  return (
    <nav aria-labelledby="course-neighbours-title">
      <h2 id="course-neighbours-title" className="text-lg font-bold">
        {t("alongTheCourse")}
      </h2>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2">
        {previous && <li>{item(previous, "previous")}</li>}
        {next && <li className="sm:col-start-2">{item(next, "next")}</li>}
      </ul>
    </nav>
  );
}
