import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AuditTable } from "@/components/admin/audit-table";
import { requireStaff } from "@/lib/auth/guard";
import { getAudit } from "@/lib/review/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("audit") };
}

export default async function AuditPage({ searchParams }: PageProps<"/admin/audit">) {
  await requireStaff("admin");
  const t = await getTranslations("Admin.audit");
  const { before } = await searchParams;
  const cursor = typeof before === "string" && /^\d{1,19}$/.test(before) ? BigInt(before) : undefined;
  const audit = await getAudit({ before: cursor });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-sm text-ink-soft">{t("lead")}</p>
      {audit.rows.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <div className="mt-4">
          <AuditTable rows={audit.rows} caption={t("title")} />
        </div>
      )}
      <nav aria-label={t("pagination")} className="mt-4 flex gap-6 text-sm">
        {cursor !== undefined && <Link href="/admin/audit" className="underline">{t("newest")}</Link>}
        {audit.nextCursor && <Link href={`/admin/audit?before=${audit.nextCursor}`} className="font-semibold underline">{t("older")}</Link>}
      </nav>
    </>
  );
}
