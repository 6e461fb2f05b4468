import { useTranslations } from "next-intl";
import type { EntryDetail } from "@/lib/review/detail";
import { ShortTime } from "./short-time";

const CONSENTS = ["eligibility", "terms", "privacy", "publication"] as const;

/** The entrant's data and consents; name and email are only in the detail for admins. */
export function EntryFacts({ entry }: { entry: EntryDetail }) {
  const t = useTranslations("Admin.entry.facts");
  const common = useTranslations("Admin.common");
  const rows: [string, React.ReactNode][] = [
    [t("penName"), <bdi key="p" lang={entry.language}>{entry.penName || "—"}</bdi>],
    ...(entry.name !== null || entry.email !== null
      ? ([
          [t("name"), <bdi key="n">{entry.name ?? "—"}</bdi>],
          [t("email"), <bdi key="e">{entry.email ?? "—"}</bdi>],
        ] as [string, React.ReactNode][])
      : []),
    [t("country"), <bdi key="co">{entry.country || "—"}</bdi>],
    [t("role"), common(`entrantRoles.${entry.role}`)],
    [t("connectedWith"), <bdi key="c" lang={entry.language}>{entry.connectedWith || "—"}</bdi>],
    [t("km"), entry.km === null ? "—" : t("kmValue", { km: entry.km })],
    [t("language"), common(`languages.${entry.language}`)],
    [t("window"), common("window", { number: entry.windowNumber })],
    [t("submitted"), <ShortTime key="s" date={entry.submittedAt} />],
  ];
  if (entry.referencedInterview) {
    rows.push([t("referencedInterview"), t("interviewRef", { season: entry.referencedInterview.season.slug, km: entry.referencedInterview.km })]);
  }
  return (
    <section aria-labelledby="facts-title" className="grid gap-6 sm:grid-cols-2">
      <div>
        <h2 id="facts-title" className="font-bold">
          {t("title")}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      <div>
        <h2 className="font-bold">{t("consents")}</h2>
        <ul className="mt-2 space-y-1 text-sm">
          {CONSENTS.map((kind) => {
            const consent = entry.consents.find((c) => c.kind === kind);
            return (
              <li key={kind}>
                <span className="font-semibold">{t(`consent.${kind}`)}</span>:{" "}
                {consent ? (
                  <>
                    {t("agreed")} (<ShortTime date={consent.agreedAt} />, {consent.textVersion})
                    {consent.withdrawnAt ? (
                      <span className="text-accent">
                        {t.rich("withdrawn", { time: () => <ShortTime date={consent.withdrawnAt!} /> })}
                      </span>
                    ) : null}
                  </>
                ) : (
                  <span className="text-accent">{t("notGiven")}</span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
