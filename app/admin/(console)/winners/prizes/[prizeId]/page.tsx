import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NextReserveConfirmation } from "@/components/admin/winner-confirmations";
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
  const t = await getTranslations("Admin.winners");
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/winners" className="underline">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("confirmNext.title")}</h1>
      <NextReserveConfirmation preview={preview} />
    </>
  );
}
