import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { SeasonSummary } from "@/lib/interviews/archive";
import { seasonPath } from "@/lib/interviews/filters";
import { Phrases } from "@/components/ui/phrases";

/** The relay's landing: every season with its description and a link to it. */
export function SeasonList({ seasons }: { seasons: SeasonSummary[] }) {
  const t = useTranslations("RelayIndex");
  const formats = useTranslations("Formats");
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold sm:text-4xl">
          <Phrases>{t("title")}</Phrases>
        </h1>
        <p className="max-w-3xl">{t("lead")}</p>
      </header>
      <section aria-labelledby="seasons-title" className="space-y-4">
        <h2 id="seasons-title" className="text-2xl font-bold">
          {t("seasonsTitle")}
        </h2>
        <ul className="grid gap-6 md:grid-cols-2">
          {seasons.map((season) => {
            const lang = season.fallback ? season.textLocale : undefined;
            return (
              <li key={season.slug} className="flex flex-col gap-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-line">
                <h3 className="text-xl font-bold" lang={lang}>
                  <Phrases>{season.title}</Phrases>
                </h3>
                <p className="text-sm text-ink-soft">
                  {t("format", { format: formats(season.format) })} · {t("storyCount", { count: season.stories.length })}
                </p>
                <p lang={lang}>{season.description}</p>
                <p className="mt-auto">
                  <Link
                    href={seasonPath(season.slug)}
                    className="inline-block rounded-full bg-ink px-5 py-2 font-semibold text-white hover:bg-ink-soft"
                  >
                    {t("read", { season: season.title })}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      </section>
    </div>
  );
}
