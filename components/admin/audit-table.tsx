import { useTranslations } from "next-intl";
import Link from "next/link";
import type { AuditRow } from "@/lib/audit/log";
import { ShortTime } from "./short-time";

const cell = "border-b border-line px-2 py-1 align-top";

function Change({ value }: { value: unknown }) {
  if (value === null || value === undefined) return <span className="text-ink-soft">—</span>;
  return <code className="text-xs break-all whitespace-pre-wrap">{JSON.stringify(value)}</code>;
}

/** Who did what, when, with the state before and after (as recorded, never edited). */
export function AuditTable({ rows, caption, showEntity = true }: { rows: AuditRow[]; caption: string; showEntity?: boolean }) {
  const t = useTranslations("Admin.audit");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="bg-paper text-left">
            <th scope="col" className={cell}>{t("when")}</th>
            <th scope="col" className={cell}>{t("who")}</th>
            <th scope="col" className={cell}>{t("action")}</th>
            {showEntity && <th scope="col" className={cell}>{t("entity")}</th>}
            <th scope="col" className={cell}>{t("before")}</th>
            <th scope="col" className={cell}>{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className={`${cell} whitespace-nowrap`}><ShortTime date={row.createdAt} /></td>
              <td className={cell}>{row.actor ? row.actor.displayName : t("system")}</td>
              <td className={`${cell} font-mono text-xs`}>{row.action}</td>
              {showEntity && (
                <td className={`${cell} font-mono text-xs`}>
                  {row.entityType === "entry" ? <Link href={`/admin/entries/${row.entityId}`} className="underline">{row.entityId.slice(0, 8)}</Link> : `${row.entityType}:${row.entityId.slice(0, 12)}`}
                </td>
              )}
              <td className={cell}><Change value={row.before} /></td>
              <td className={cell}><Change value={row.after} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
