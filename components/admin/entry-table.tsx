import { useTranslations } from "next-intl";
import Link from "next/link";
import type { EntryListRow } from "@/lib/review/list";
import { SelectAllOnPage } from "./select-all-on-page";
import { ShortTime } from "./short-time";
import { StatusBadge } from "./status-badge";

// One line per row, so that 25 rows and more fit above the fold at 1440×900.
const cell = "border-b border-line px-1.5 py-0.5 leading-[18px] whitespace-nowrap";
const truncated = `${cell} overflow-hidden text-ellipsis`;
const numeric = `${cell} text-right tabular-nums`;
const head = "border-b border-line px-1.5 py-1 text-xs whitespace-nowrap";
const numericHead = `${head} text-right`;

const score = (value: number | null) => (value === null ? "—" : value.toFixed(2));

/**
 * The entry list. Each row has a checkbox named "ids" for the bulk form around the table. The
 * review figures are null where the viewer may not see them (lib/review/list.ts), shown as "—".
 */
export function EntryTable({ rows, caption }: { rows: EntryListRow[]; caption: string }) {
  const t = useTranslations("Admin.entries.table");
  const common = useTranslations("Admin.common");
  return (
    <div className="overflow-x-auto">
      <table className="w-full table-fixed border-collapse text-[13px]">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          <col className="w-7" />
          <col className="w-40" />
          <col />
          <col className="w-24" />
          <col className="w-28" />
          <col className="w-8" />
          <col className="w-16" />
          <col className="w-10" />
          <col className="w-10" />
          <col className="w-20" />
          <col className="w-20" />
          <col className="w-12" />
          <col className="w-12" />
          <col className="w-16" />
          <col className="w-16" />
          <col className="w-16" />
          <col className="w-28" />
        </colgroup>
        <thead>
          <tr className="bg-paper text-left">
            <th scope="col" className={head}>
              <SelectAllOnPage label={t("selectPage")} />
              <span className="sr-only">{t("select")}</span>
            </th>
            <th scope="col" className={head}>{t("title")}</th>
            <th scope="col" className={head}>{t("excerpt")}</th>
            <th scope="col" className={head}>{t("penName")}</th>
            <th scope="col" className={head}>{t("reference")}</th>
            <th scope="col" className={head}>{t("window")}</th>
            <th scope="col" className={head}>{t("role")}</th>
            <th scope="col" className={head}>{t("language")}</th>
            <th scope="col" className={head}>{t("photo")}</th>
            <th scope="col" className={head}>{t("status")}</th>
            <th scope="col" className={head}>{t("tags")}</th>
            <th scope="col" className={numericHead}>{t("reviews")}</th>
            <th scope="col" className={numericHead}>{t("score")}</th>
            <th scope="col" className={numericHead}>
              <abbr title={t("rankedHint")} className="no-underline">{t("ranked")}</abbr>
            </th>
            <th scope="col" className={numericHead}>{t("spread")}</th>
            <th scope="col" className={numericHead}>{t("myScore")}</th>
            <th scope="col" className={head}>{t("submitted")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="hover:bg-paper">
              <td className={cell}>
                <input type="checkbox" name="ids" value={row.id} aria-label={t("selectRow", { reference: row.reference })} />
              </td>
              <td className={truncated}>
                <Link href={`/admin/entries/${row.id}`} className="font-semibold underline-offset-2 hover:underline" lang={row.language} dir="auto">
                  {row.erased ? t("erased") : row.title}
                </Link>
              </td>
              <td className={`${truncated} text-ink-soft`} lang={row.language} dir="auto">{row.excerpt}</td>
              <td className={truncated} lang={row.language} dir="auto">{row.erased ? "—" : row.penName}</td>
              <td className={`${cell} font-mono text-xs`}>{row.reference}</td>
              <td className={cell}>{row.windowNumber}</td>
              <td className={truncated}>{common(`entrantRoles.${row.role}`)}</td>
              <td className={cell}>{row.language.toUpperCase()}</td>
              <td className={cell}>{row.hasPhoto ? t("yes") : ""}</td>
              <td className={cell}><StatusBadge status={row.status} dense /></td>
              <td className={truncated} title={row.tags.join(", ")}>{row.tags.join(", ")}</td>
              <td className={numeric}>{row.scoreCount ?? <span title={t("hiddenScore")}>{t("hidden")}</span>}</td>
              <td className={numeric}>{score(row.scoreAverage)}</td>
              <td className={numeric}>{score(row.scoreRanked)}</td>
              <td className={numeric}>{score(row.scoreSpread)}</td>
              <td className={numeric}>{score(row.myScore)}</td>
              <td className={cell}><ShortTime date={row.submittedAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
