import { useTranslations } from "next-intl";
import type { PublicWinner } from "@/lib/winners/winners";

export function WinnersList({ winners }: { winners: PublicWinner[] }) {
  const t = useTranslations("Winners");
  if (winners.length === 0) return <p className="mt-6">{t("empty")}</p>;
  return (
    <ol className="mt-6 divide-y divide-line rounded-lg bg-white ring-1 ring-line" data-testid="winners-list">
      {winners.map((w) => (
        <li key={w.id} className="px-4 py-3">
          {w.penName === null ? (
            <p className="text-ink-soft">{t("withheld")}</p>
          ) : (
            <>
              <p className="font-semibold" lang={w.language} dir="auto">
                {w.title ?? t("untitled")}
              </p>
              <p className="text-sm text-ink-soft" lang={w.language}>
                {t.rich("by", { penName: w.penName, name: (chunks) => <bdi>{chunks}</bdi> })}
              </p>
            </>
          )}
          {!w.drawn && <p className="mt-1 text-xs font-semibold text-ink-soft">{t("jury")}</p>}
        </li>
      ))}
    </ol>
  );
}
