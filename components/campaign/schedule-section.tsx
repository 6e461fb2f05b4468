import { useTranslations } from "next-intl";
import { useJstFormat } from "@/components/ui/jst-time";
import type { Schedule } from "@/lib/campaign/state";

export function ScheduleSection({ schedule }: { schedule: Schedule }) {
  const t = useTranslations("Landing.schedule");
  const jst = useJstFormat();
  return (
    <section id="schedule" aria-labelledby="schedule-title" className="scroll-mt-4">
      <h2 id="schedule-title" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <ol className="mt-4 space-y-3">
        {schedule.windows.map((window) => (
          <li key={window.number} className="rounded-lg border border-line bg-white p-4">
            <h3 className="font-semibold">{t("window", { number: window.number })}</h3>
            <p className="text-ink-soft">
              {t("windowRange", { opensAt: jst(window.opensAt), closesAt: jst(window.closesAt) })}
            </p>
          </li>
        ))}
        <li className="rounded-lg border border-line bg-white p-4">
          <h3 className="font-semibold">{t("featured")}</h3>
          <p className="text-ink-soft">{t("featuredWhen")}</p>
        </li>
        <li className="rounded-lg border border-line bg-white p-4">
          <h3 className="font-semibold">{t("announcement")}</h3>
          <p className="text-ink-soft">
            {t("announcementWhen", { date: jst(schedule.announcementAt, "date") })}
          </p>
        </li>
      </ol>
      <p className="mt-3 text-sm text-ink-soft">{t("note")}</p>
    </section>
  );
}
