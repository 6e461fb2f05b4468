import { useFormatter, useTranslations } from "next-intl";
import type { ReviewerProgress } from "@/lib/review/progress";

const cell = "border-b border-line px-2 py-1.5 text-right tabular-nums";

export function ReviewerProgressTable({ rows }: { rows: ReviewerProgress[] }) {
  const t = useTranslations("Admin.progress.reviewers");
  const format = useFormatter();
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr className="bg-paper">
          <th scope="col" className="border-b border-line px-2 py-1.5 text-left">{t("reviewer")}</th>
          <th scope="col" className={cell}>{t("assigned")}</th>
          <th scope="col" className={cell}>{t("scored")}</th>
          <th scope="col" className={cell}>{t("remaining")}</th>
          <th scope="col" className={cell}>{t("completion")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reviewerId}>
            <th scope="row" className="border-b border-line px-2 py-1.5 text-left font-normal"><bdi>{row.displayName}</bdi></th>
            <td className={cell}>{format.number(row.assigned)}</td>
            <td className={cell}>{format.number(row.scored)}</td>
            <td className={cell}>{format.number(row.remaining)}</td>
            <td className={cell}>{format.number(row.completion, { style: "percent", maximumFractionDigits: 0 })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
