import { useTranslations } from "next-intl";
import { JstTime } from "@/components/ui/jst-time";
import type { EntrantView } from "@/lib/entries/entrant-page";

/** The entry's state in words, and the consents given (and withdrawn) with their dates. */
export function EntrantStatus({ entry }: { entry: EntrantView }) {
  const t = useTranslations("EntrantPage");
  const { erasureRequestedAt } = entry;
  return (
    <section aria-labelledby="entrant-status-title" className="space-y-4 rounded-lg border-l-4 border-ok bg-white p-6 shadow-sm ring-1 ring-line">
      <h2 id="entrant-status-title" className="text-xl font-bold">{t("statusTitle")}</h2>
      <p data-testid="entrant-state" className="font-semibold">{t(`states.${entry.state}`, { reference: entry.reference })}</p>
      {erasureRequestedAt && entry.state !== "erased" ? (
        <p data-testid="entrant-erasure-requested">{t.rich("erasureRequested", { time: () => <JstTime date={erasureRequestedAt} /> })}</p>
      ) : null}
      {entry.state === "erased" ? null : (
        <>
          <h3 className="font-semibold">{t("consentsTitle")}</h3>
          <ul className="space-y-1" data-testid="entrant-consents">
            {entry.consents.map(({ kind, agreedAt, withdrawnAt }) => (
              <li key={kind} data-kind={kind}>
                {withdrawnAt
                  ? t.rich("consentWithdrawn", {
                      kind: t(`consents.${kind}`),
                      agreed: () => <JstTime date={agreedAt} />,
                      time: () => <JstTime date={withdrawnAt} />,
                    })
                  : t.rich("consentAgreed", { kind: t(`consents.${kind}`), time: () => <JstTime date={agreedAt} /> })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
