import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { getPathname } from "@/i18n/navigation";
import type { StoryCard } from "@/lib/interviews/archive";
import { COURSE_KM, COURSE_VIEWBOX, courseLeg, courseWaypoints, coursePoint, type Orientation } from "@/lib/interviews/course";
import { storyPath } from "./story-card";

const TICKS = [5, 10, 15, 20, 25, 30, 35, 40];

/** Where a distance label goes: beside the line, on the outside of a turn. */
function tickLabel(km: number, orientation: Orientation) {
  const { x, y } = coursePoint(km, orientation);
  const { width, height } = COURSE_VIEWBOX[orientation];
  const straight = courseLeg(km, orientation) === "straight";
  if (orientation === "landscape") {
    if (straight) return { x, y: y - 18, anchor: "middle" } as const;
    return x > width / 2 ? ({ x: x + 20, y: y + 4, anchor: "start" } as const) : ({ x: x - 20, y: y + 4, anchor: "end" } as const);
  }
  if (straight) return { x: x - 20, y: y + 4, anchor: "end" } as const;
  return y > height / 2 ? ({ x, y: y + 28, anchor: "middle" } as const) : ({ x, y: y - 16, anchor: "middle" } as const);
}

/**
 * The course from start to finish with a marker (a link) for every story. Drawn across on wide
 * screens and down on phones, so markers stay big enough to tap; the story list below carries the
 * same links as plain text.
 */
export function CourseMap({ seasonTitle, stories }: { seasonTitle: string; stories: StoryCard[] }) {
  const t = useTranslations("Season");
  const id = useId();
  return (
    <figure aria-labelledby={`${id}-caption`}>
      <CourseDrawing orientation="landscape" className="hidden sm:block" label={t("courseLabel", { season: seasonTitle })} stories={stories} />
      <CourseDrawing orientation="portrait" className="mx-auto max-w-[18rem] sm:hidden" label={t("courseLabel", { season: seasonTitle })} stories={stories} />
      <figcaption id={`${id}-caption`} className="mt-2 text-sm text-ink-soft">
        {t("courseCaption")}
      </figcaption>
    </figure>
  );
}

function CourseDrawing({
  orientation,
  className,
  label,
  stories,
}: {
  orientation: Orientation;
  className: string;
  label: string;
  stories: StoryCard[];
}) {
  const t = useTranslations("Season");
  const locale = useLocale();
  const { width, height } = COURSE_VIEWBOX[orientation];
  const route = courseWaypoints(orientation)
    .map(({ x, y }, i) => `${i === 0 ? "M" : "L"}${x} ${y}`)
    .join(" ");
  const landscape = orientation === "landscape";
  const start = coursePoint(0, orientation);
  const finish = coursePoint(COURSE_KM, orientation);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label} className={`h-auto w-full ${className}`}>
      <g aria-hidden="true">
        <path d={route} fill="none" className="stroke-course-soft" strokeWidth={18} strokeLinejoin="round" strokeLinecap="round" />
        <path d={route} fill="none" className="stroke-course" strokeWidth={4} strokeLinejoin="round" strokeLinecap="round" strokeDasharray="10 6" />
        {TICKS.map((km) => {
          const p = coursePoint(km, orientation);
          const label = tickLabel(km, orientation);
          // Story markers show their own km; a distance label under one would be unreadable.
          const labelCentre = { x: label.x + (label.anchor === "start" ? 8 : label.anchor === "end" ? -8 : 0), y: label.y - 4 };
          const crowded = stories.some((story) => {
            const marker = coursePoint(story.km, orientation);
            return Math.hypot(marker.x - labelCentre.x, marker.y - labelCentre.y) < 28;
          });
          return (
            <g key={km} className="fill-ink-soft">
              <circle cx={p.x} cy={p.y} r={3} />
              {!crowded && (
                <text x={label.x} y={label.y} textAnchor={label.anchor} fontSize={12}>
                  {km}
                </text>
              )}
            </g>
          );
        })}
        <text x={start.x} y={landscape ? start.y + 34 : start.y - 16} textAnchor="middle" fontSize={14} fontWeight={700} className="fill-ink">
          {t("start")}
        </text>
        <text x={finish.x} y={finish.y + 34} textAnchor="middle" fontSize={14} fontWeight={700} className="fill-ink">
          {t("finish")}
        </text>
      </g>
      {stories.map((story) => {
        const p = coursePoint(story.km, orientation);
        return (
          <a
            key={story.km}
            href={getPathname({ href: storyPath(story), locale })}
            aria-label={t("marker", { km: story.km, title: story.title })}
            className="group"
          >
            <circle
              cx={p.x}
              cy={p.y}
              r={14}
              className="fill-accent stroke-white group-hover:fill-ink group-focus-visible:fill-ink group-focus-visible:stroke-course"
              strokeWidth={3}
            />
            <text x={p.x} y={p.y} textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={700} className="fill-white" aria-hidden="true">
              {story.km}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
