import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { QueueTable } from "@/components/admin/queue-table";
import { requireStaff } from "@/lib/auth/guard";
import { getQueue } from "@/lib/review/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("queue") };
}

export default async function QueuePage() {
  const staff = await requireStaff();
  const t = await getTranslations("Admin.queue");
  const queue = await getQueue(staff);
  const first = queue.rows[0];
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2" role="status">
        {t("summary", { remaining: queue.assigned - queue.scored, scored: queue.scored, assigned: queue.assigned })}
      </p>
      {first ? (
        <>
          <p className="mt-4">
            <Link href={`/admin/queue/${first.entryId}`} className="inline-block rounded bg-ink px-3 py-1.5 font-semibold text-white hover:bg-ink-soft">
              {t("start")}
            </Link>
          </p>
          <div className="mt-4">
            <QueueTable rows={queue.rows} caption={t("tableCaption")} />
          </div>
        </>
      ) : (
        <p className="mt-4">{queue.assigned ? t("done") : t("empty")}</p>
      )}
    </>
  );
}
