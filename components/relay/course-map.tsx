import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { getPathname } from "@/i18n/navigation";
import type { StoryCard } from "@/lib/interviews/archive";
import { coursePoint } from "@/lib/interviews/course";
import { ROUTE, ROUTE_VIEWBOX } from "@/lib/interviews/course-route";
import { storyPath } from "./story-card";

const LANDMARKS = ROUTE.filter((point) => point.landmark);
/** Landmarks are lettered on the drawing and named in the legend, so no label covers the line. */
const letter = (index: number) => String.fromCharCode(65 + index);

/**
 * The real course (lib/interviews/course-route.ts) with a marker (a link) for every story, and the
 * landmarks a runner remembers at their km. Phones scroll it sideways so markers stay big enough to
 * tap; the story list below carries the same links as plain text.
 */
export function CourseMap({ seasonTitle, stories }: { seasonTitle: string; stories: StoryCard[] }) {
  const t = useTranslations("Season");
  const id = useId();
  return (
    <figure aria-labelledby={`${id}-caption`}>
      {/* Focusable so a keyboard can scroll it on a phone. */}
      <div className="overflow-x-auto rounded-lg bg-white ring-1 ring-line" tabIndex={0} role="region" aria-label={t("courseScroll")}>
        <CourseDrawing label={t("courseLabel", { season: seasonTitle })} stories={stories} />
      </div>
      <Legend />
      <figcaption id={`${id}-caption`} className="mt-2 text-sm text-ink-soft">
        {t("courseCaption")}
      </figcaption>
    </figure>
  );
}

function CourseDrawing({ label, stories }: { label: string; stories: StoryCard[] }) {
  const t = useTranslations("Season");
  const course = useTranslations("Course");
  const locale = useLocale();
  const box = ROUTE_VIEWBOX;
  const line = ROUTE.map(({ x, y }, i) => `${i === 0 ? "M" : "L"}${x} ${y}`).join(" ");
  return (
    <svg viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`} role="group" aria-label={label} className="mx-auto h-auto w-full max-w-3xl min-w-[36rem]">
      <g aria-hidden="true">
        <path d="M430 40 C420 80 424 120 432 170 S428 260 420 300 S410 380 404 420" fill="none" className="stroke-course-soft" strokeWidth={16} />
        <text x={436} y={66} fontSize={11} className="fill-course">
          {course("river")}
        </text>
        <ellipse cx={238} cy={212} rx={30} ry={22} className="fill-ok-soft" />
        <text x={238} y={215} fontSize={11} textAnchor="middle" className="fill-ok">
          {course("palace")}
        </text>
        <path d={line} fill="none" className="stroke-accent-soft" strokeWidth={14} strokeLinejoin="round" strokeLinecap="round" />
        <path d={line} fill="none" className="stroke-accent" strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
        {LANDMARKS.map((point, index) => (
          <g key={point.landmark} data-landmark={point.landmark}>
            <rect x={point.x - 7} y={point.y - 7} width={14} height={14} rx={3} className="fill-ink" />
            <text x={point.x} y={point.y} textAnchor="middle" dominantBaseline="central" fontSize={9} fontWeight={700} className="fill-white">
              {letter(index)}
            </text>
          </g>
        ))}
      </g>
      {stories.map((story) => {
        const p = coursePoint(story.km);
        return (
          <a key={story.km} href={getPathname({ href: storyPath(story), locale })} aria-label={t("marker", { km: story.km, title: story.title })} className="group">
            <circle cx={p.x} cy={p.y} r={9} className="fill-course stroke-white group-hover:fill-ink group-focus-visible:fill-ink" strokeWidth={2} />
            <text x={p.x} y={p.y} textAnchor="middle" dominantBaseline="central" fontSize={9} fontWeight={700} className="fill-white" aria-hidden="true">
              {story.km}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

/** The landmarks by letter, with their km ("about" where the data says approximate). */
function Legend() {
  const course = useTranslations("Course");
  return (
    <ol className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3" data-testid="course-landmarks">
      {LANDMARKS.map((point, index) => {
        const km = point.approximate ? course("kmApproximate", { km: point.km }) : course("km", { km: point.km });
        return (
          <li key={point.landmark} className="flex items-baseline gap-2">
            <span aria-hidden="true" className="inline-flex size-5 shrink-0 items-center justify-center rounded bg-ink text-xs font-bold text-white">
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
