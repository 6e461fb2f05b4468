import type { StoryCard as Story } from "@/lib/interviews/archive";
import { StoryCard } from "./story-card";

/** Stories in course order as a plain list: the accessible counterpart of the course map. */
export function StoryList({
  stories,
  columns = 3,
  headingLevel = 3,
  showSeason = false,
  idPrefix,
}: {
  stories: Story[];
  columns?: 2 | 3;
  headingLevel?: 3 | 4;
  /** For lists that mix seasons. */
  showSeason?: boolean;
  /** Gives the cards ids (storyCardIds) for the course map to name its markers by. */
  idPrefix?: string;
}) {
  return (
    <ol className={`grid gap-4 sm:grid-cols-2 ${columns === 3 ? "lg:grid-cols-3" : ""}`}>
      {stories.map((story) => (
        <li key={`${story.season}/${story.km}`}>
          <StoryCard story={story} headingLevel={headingLevel} showSeason={showSeason} idPrefix={idPrefix} />
        </li>
      ))}
    </ol>
  );
}
