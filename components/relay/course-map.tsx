import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { getPathname } from "@/i18n/navigation";
import type { StoryCard } from "@/lib/interviews/archive";
import { coursePoint } from "@/lib/interviews/course";
import { ROUTE, ROUTE_VIEWBOX, type Landmark } from "@/lib/interviews/course-route";
import { storyPath } from "./story-card";

/** Where each landmark's label sits relative to its point, clear of the line. */
const LABEL_OFFSET: Record<Landmark, { dx: number; dy: number; anchor: "start" | "middle" | "end" }> = {
  tocho: { dx: 0, dy: 26, anchor: "start" },
  iidabashi: { dx: -6, dy: -16, anchor: "end" },
  uenoHirokoji: { dx: -12, dy: -6, anchor: "end" },
  nihonbashi: { dx: -16, dy: 6, anchor: "end" },
  kaminarimon: { dx: -14, dy: -6, anchor: "end" },
  ryogoku: { dx: 16, dy: -12, anchor: "start" },
  monzenNakacho: { dx: 20, dy: 8, anchor: "start" },
  ginza: { dx: 16, dy: 14, anchor: "start" },
  zojoji: { dx: -16, dy: 4, anchor: "end" },
  tamachi: { dx: 20, dy: 6, anchor: "start" },
  hibiya: { dx: -18, dy: 16, anchor: "end" },
  tokyoStation: { dx: -18, dy: -10, anchor: "end" },
};

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
  const { width, height } = ROUTE_VIEWBOX;
  const line = ROUTE.map(({ x, y }, i) => `${i === 0 ? "M" : "L"}${x} ${y}`).join(" ");
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label} className="h-auto w-full min-w-[40rem]">
      <g aria-hidden="true">
        <path d="M430 0 C420 80 424 120 432 170 S428 260 420 300 S410 380 404 420" fill="none" className="stroke-course-soft" strokeWidth={16} />
        <text x={436} y={30} fontSize={11} className="fill-course">
          {course("river")}
        </text>
        <ellipse cx={250} cy={222} rx={34} ry={26} className="fill-ok-soft" />
        <text x={250} y={226} fontSize={11} textAnchor="middle" className="fill-ok">
          {course("palace")}
        </text>
        <path d={line} fill="none" className="stroke-accent-soft" strokeWidth={14} strokeLinejoin="round" strokeLinecap="round" />
        <path d={line} fill="none" className="stroke-accent" strokeWidth={3} strokeLinejoin="round" strokeLinecap="round" />
        {ROUTE.filter((point) => point.landmark).map((point) => {
          const landmark = point.landmark!;
          const offset = LABEL_OFFSET[landmark];
          const km = point.approximate ? course("kmApproximate", { km: point.km }) : course("km", { km: point.km });
          return (
            <g key={landmark} data-landmark={landmark}>
              <circle cx={point.x} cy={point.y} r={4} className="fill-ink" />
              <text x={point.x + offset.dx} y={point.y + offset.dy} textAnchor={offset.anchor} fontSize={11} fontWeight={700} className="fill-ink">
                {course(`landmarks.${landmark}`)}
                <tspan x={point.x + offset.dx} dy={12} fontWeight={400} className="fill-ink-soft">
                  {point.turnBack ? `${km} · ${course("turnBack")}` : km}
                </tspan>
              </text>
            </g>
          );
        })}
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
