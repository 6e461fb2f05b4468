import { useTranslations } from "next-intl";
import Link from "next/link";
import type { EntryListRow } from "@/lib/review/list";
import { ShortTime } from "./short-time";
import { StatusBadge } from "./status-badge";

const cell = "border-b border-line px-2 py-1.5 align-top";

export function EntryTable({ rows, caption }: { rows: EntryListRow[]; caption: string }) {
  const t = useTranslations("Admin.entries.table");
  const common = useTranslations("Admin.common");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-paper text-left">
            <th scope="col" className={cell}>{t("title")}</th>
            <th scope="col" className={cell}>{t("penName")}</th>
            <th scope="col" className={cell}>{t("reference")}</th>
            <th scope="col" className={cell}>{t("window")}</th>
            <th scope="col" className={cell}>{t("role")}</th>
            <th scope="col" className={cell}>{t("language")}</th>
            <th scope="col" className={cell}>{t("photo")}</th>
            <th scope="col" className={cell}>{t("status")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("score")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("myScore")}</th>
            <th scope="col" className={cell}>{t("submitted")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-paper">
              <td className={`${cell} max-w-72`}>
                <Link href={`/admin/entries/${row.id}`} className="font-semibold underline-offset-2 hover:underline" lang={row.language} dir="auto">
                  {row.erased ? t("erased") : row.title}
                </Link>
              </td>
              <td className={cell} lang={row.language} dir="auto">{row.erased ? "—" : row.penName}</td>
              <td className={`${cell} font-mono text-xs whitespace-nowrap`}>{row.reference}</td>
              <td className={cell}>{row.windowNumber}</td>
              <td className={cell}>{common(`entrantRoles.${row.role}`)}</td>
              <td className={cell}>{row.language.toUpperCase()}</td>
              <td className={cell}>{row.hasPhoto ? t("yes") : ""}</td>
              <td className={cell}><StatusBadge status={row.status} /></td>
              <td className={`${cell} text-right tabular-nums`}>
                {row.scoreCount === null ? (
                  <span title={t("hiddenScore")}>{t("hidden")}</span>
                ) : row.scoreAverage === null ? (
                  "—"
                ) : (
                  t("average", { average: row.scoreAverage.toFixed(2), count: row.scoreCount })
                )}
              </td>
              <td className={`${cell} text-right tabular-nums`}>{row.myScore === null ? "—" : row.myScore.toFixed(2)}</td>
              <td className={`${cell} whitespace-nowrap`}><ShortTime date={row.submittedAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
