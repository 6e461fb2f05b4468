import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MarkWinnerConfirmation } from "@/components/admin/winner-confirmations";
import { WinnersConfirmationPage } from "@/components/admin/winners-confirmation-page";
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
  const t = await getTranslations("Admin.winners.confirmMark");
  return (
    <WinnersConfirmationPage title={t("title")}>
      <MarkWinnerConfirmation preview={preview} />
    </WinnersConfirmationPage>
  );
}
