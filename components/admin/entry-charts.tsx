import { useTranslations } from "next-intl";
import type { EntryStats } from "@/lib/review/entry-stats";
import { ROLES } from "@/lib/validation/entry-fields";
import { BarChart } from "./bar-chart";

/** The dashboard's charts: entries per day in each window, by language, by role, and along the course. */
export function EntryCharts({ stats }: { stats: EntryStats }) {
  const t = useTranslations("Admin.dashboard.charts");
  const common = useTranslations("Admin.common");
  const languages = useTranslations("Admin.nav.languages");
  const byRole = new Map(stats.byRole.map((r) => [r.role, r.count]));
  return (
    <section aria-labelledby="charts-title" className="mt-8">
      <h2 id="charts-title" className="text-xl font-bold">{t("title")}</h2>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        {stats.perDay.map(({ windowNumber, days }) => (
          <BarChart
            key={windowNumber}
            id={`per-day-${windowNumber}`}
            title={t("perDay", { number: windowNumber })}
            bars={days.map((d) => ({ label: d.day.slice(5), value: d.count }))}
            labelHeader={t("day")}
            valueHeader={t("entries")}
          />
        ))}
        <BarChart
          id="by-language"
          title={t("byLanguage")}
          bars={(["ja", "en"] as const).map((language) => ({ label: languages(language), value: stats.byLanguage.find((l) => l.language === language)?.count ?? 0 }))}
          labelHeader={t("language")}
          valueHeader={t("entries")}
        />
        <BarChart
          id="by-role"
          title={t("byRole")}
          bars={ROLES.map((role) => ({ label: common(`entrantRoles.${role}`), value: byRole.get(role) ?? 0 }))}
          labelHeader={t("role")}
          valueHeader={t("entries")}
        />
      </div>
      <div className="mt-6">
        <BarChart
          id="along-the-course"
          title={t("alongCourse", { without: stats.withoutKm })}
          bars={stats.byKm.map((k) => ({ label: String(k.km), value: k.count }))}
          labelHeader={t("km")}
          valueHeader={t("entries")}
        />
      </div>
    </section>
  );
}
