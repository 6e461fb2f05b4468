import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MarkWinnerConfirmation } from "@/components/admin/winner-confirmations";
import { requireStaff } from "@/lib/auth/guard";
import { getMarkPreview } from "@/lib/winners/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.winners.confirmMark"))("title") };
}

/** The confirmation step before an entry becomes a winner (a page, so it needs no JavaScript). */
export default async function MarkWinnerPage({ params }: PageProps<"/admin/winners/mark/[entryId]">) {
  await requireStaff("admin");
  const preview = await getMarkPreview((await params).entryId);
  if (!preview) notFound();
  const t = await getTranslations("Admin.winners");
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/winners" className="underline">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("confirmMark.title")}</h1>
      <MarkWinnerConfirmation preview={preview} />
    </>
  );
}
