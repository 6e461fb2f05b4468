import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import type { ProgressEntry } from "@/lib/review/progress";

const cell = "border-b border-line px-2 py-1.5 text-right tabular-nums";

/** Entries that need attention: too few reviews, or reviewers far apart. */
export function ProgressEntryList({ entries, caption }: { entries: ProgressEntry[]; caption: string }) {
  const t = useTranslations("Admin.progress.entries");
  const format = useFormatter();
  const number = (n: number) => format.number(n, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (entries.length === 0) return <p className="text-sm">{t("none")}</p>;
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="bg-paper">
          <th scope="col" className="border-b border-line px-2 py-1.5 text-left">{t("title")}</th>
          <th scope="col" className={cell}>{t("reviews")}</th>
          <th scope="col" className={cell}>{t("average")}</th>
          <th scope="col" className={cell}>{t("spread")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td className="border-b border-line px-2 py-1.5">
              <Link href={`/admin/entries/${entry.id}`} className="underline-offset-2 hover:underline" lang={entry.language} dir="auto">
                {entry.title}
              </Link>{" "}
              <span className="font-mono text-xs text-ink-soft">{entry.reference}</span>
            </td>
            <td className={cell}>{entry.scoreCount}</td>
            <td className={cell}>{entry.scoreCount ? number(entry.scoreAverage) : "—"}</td>
            <td className={cell}>{entry.scoreCount > 1 ? number(entry.scoreSpread) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
