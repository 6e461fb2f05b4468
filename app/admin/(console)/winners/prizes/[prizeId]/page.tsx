import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { NextReserveConfirmation } from "@/components/admin/winner-confirmations";
import { WinnersConfirmationPage } from "@/components/admin/winners-confirmation-page";
import { requireStaff } from "@/lib/auth/guard";
import { nextReserveSchema } from "@/lib/validation/winners";
import { getPrizePassPreview } from "@/lib/winners/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.winners.confirmNext"))("title") };
}

/** The confirmation step before a declined or expired prize passes to the next reserve. */
export default async function NextReservePage({ params }: PageProps<"/admin/winners/prizes/[prizeId]">) {
  await requireStaff("admin");
  const parsed = nextReserveSchema.safeParse({ prizeId: Number((await params).prizeId) });
  const preview = parsed.success ? await getPrizePassPreview(parsed.data.prizeId) : null;
  if (!preview) notFound();
  const t = await getTranslations("Admin.winners.confirmNext");
  return (
    <WinnersConfirmationPage title={t("title")}>
      <NextReserveConfirmation preview={preview} />
    </WinnersConfirmationPage>
  );
}
