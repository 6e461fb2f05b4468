import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { getPathname } from "@/i18n/navigation";
import type { StoryCard } from "@/lib/interviews/archive";
import { coursePoint } from "@/lib/interviews/course";
import { BADGE_SIZE, MARKER_RADIUS, ROUTE, ROUTE_VIEWBOX } from "@/lib/interviews/course-route";
import { storyCardIds, storyPath } from "./story-card";

const LANDMARKS = ROUTE.filter((point) => point.landmark && point.badge);
/** Landmarks are lettered on the drawing and named in the legend, so no label covers the line. */
const letter = (index: number) => String.fromCharCode(65 + index);
/** Tenths of a unit are finer than a pixel: shorter numbers in the page. */
const rounded = (n: number) => Math.round(n * 10) / 10;

/**
 * The real course (lib/interviews/course-route.ts) with a marker (a link) for every story, and the
 * landmarks a runner remembers at their km. Phones scroll it sideways so markers stay big enough to
 * tap. The story cards below (`cards`: their ids, see storyCardIds) are the plain list of the same
 * links; each marker takes its name from its card, so no title is written twice.
 */
export function CourseMap({ seasonTitle, stories, cards }: { seasonTitle: string; stories: StoryCard[]; cards: string }) {
  const t = useTranslations("Season");
  const id = useId();
  return (
    <figure aria-labelledby={`${id}-caption`}>
      {/* Focusable so a keyboard can scroll it on a phone. */}
      <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-line" tabIndex={0} role="region" aria-label={t("courseScroll")}>
        <CourseDrawing label={t("courseLabel", { season: seasonTitle })} stories={stories} cards={cards} />
      </div>
      <Legend />
      <figcaption id={`${id}-caption`} className="mt-2 text-sm text-ink-soft">
        {t("courseCaption")}
      </figcaption>
    </figure>
  );
}

function CourseDrawing({ label, stories, cards }: { label: string; stories: StoryCard[]; cards: string }) {
  const course = useTranslations("Course");
  const locale = useLocale();
  const route = `${useId()}-route`;
  const box = ROUTE_VIEWBOX;
  const half = BADGE_SIZE / 2;
  return (
    <svg viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} role="group" aria-label={label} className="mx-auto h-auto w-full max-w-3xl min-w-[36rem]">
      <defs>
        <path id={route} d={ROUTE.map(({ x, y }, i) => `${i === 0 ? "M" : "L"}${x} ${y}`).join(" ")} />
      </defs>
      <g aria-hidden="true" fontSize={11}>
        <path d="M430 40 C420 80 424 120 432 170 S428 260 420 300 S410 380 404 420" fill="none" className="stroke-course-soft" strokeWidth={16} />
        <text x={436} y={66} className="fill-course">
          {course("river")}
        </text>
        <ellipse cx={238} cy={212} rx={30} ry={22} className="fill-ok-soft" />
        <text x={238} y={215} textAnchor="middle" className="fill-ok">
          {course("palace")}
        </text>
        <g fill="none" strokeLinejoin="round" strokeLinecap="round">
          <use href={`#${route}`} className="stroke-accent-soft" strokeWidth={14} />
          <use href={`#${route}`} className="stroke-accent" strokeWidth={3} />
        </g>
        <g className="fill-ink">
          {LANDMARKS.map(({ landmark, badge }) => (
            <rect key={landmark} x={badge!.x - half} y={badge!.y - half} width={BADGE_SIZE} height={BADGE_SIZE} rx={3} />
          ))}
        </g>
        <g className="course-letters">
          {LANDMARKS.map(({ landmark, badge }, index) => (
            <text key={landmark} x={badge!.x} y={badge!.y} data-landmark={landmark}>
              {letter(index)}
            </text>
          ))}
        </g>
      </g>
      <g className="course-markers course-letters">
        {stories.map((story) => {
          const p = coursePoint(story.km);
          const card = storyCardIds(cards, story.km);
          return (
            <a key={story.km} href={getPathname({ href: storyPath(story), locale })} aria-labelledby={`${card.km} ${card.title}`}>
              <circle cx={rounded(p.x)} cy={rounded(p.y)} r={MARKER_RADIUS} />
              <text x={rounded(p.x)} y={rounded(p.y)}>
                {story.km}
              </text>
            </a>
          );
        })}
      </g>
    </svg>
  );
}

/** The landmarks by letter, with their km ("about" where the data says approximate). */
function Legend() {
  const course = useTranslations("Course");
  return (
    <ol className="mt-3 grid gap-x-6 gap-y-1 text-sm *:flex *:items-baseline *:gap-2 sm:grid-cols-2 lg:grid-cols-3" data-testid="course-landmarks">
      {LANDMARKS.map((point, index) => {
        const km = point.approximate ? course("kmApproximate", { km: point.km }) : course("km", { km: point.km });
        return (
          <li key={point.landmark}>
            <span aria-hidden="true" className="landmark-badge">
              {letter(index)}
            </span>
            <span>
              <span className="font-semibold">{course(`landmarks.${point.landmark!}`)}</span>{" "}
              <span className="text-ink-soft">{point.turnBack ? `${km} · ${course("turnBack")}` : km}</span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
