import { useTranslations } from "next-intl";
import Link from "next/link";
import type { QueueRow } from "@/lib/review/queue";
import { ShortTime } from "./short-time";

const cell = "border-b border-line px-2 py-1.5 align-top";

/** The next entries of a reviewer's queue, oldest first. */
export function QueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  const t = useTranslations("Admin.queue.table");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-paper text-left">
            <th scope="col" className={cell}>{t("title")}</th>
            <th scope="col" className={cell}>{t("reference")}</th>
            <th scope="col" className={cell}>{t("window")}</th>
            <th scope="col" className={cell}>{t("submitted")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.entryId}>
              <td className={`${cell} max-w-96`}>
                <Link href={`/admin/queue/${row.entryId}`} className="font-semibold underline-offset-2 hover:underline" lang={row.language} dir="auto">
                  {row.title}
                </Link>
              </td>
              <td className={`${cell} font-mono text-xs whitespace-nowrap`}>{row.reference}</td>
              <td className={cell}>{row.windowNumber}</td>
              <td className={`${cell} whitespace-nowrap`}><ShortTime date={row.submittedAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
