import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeatureForm } from "@/components/admin/feature-form";
import { requireStaff } from "@/lib/auth/guard";
import { getFeatureDraft } from "@/lib/featured/queries";
import { getEntryDetail } from "@/lib/review/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.feature"))("title") };
}

export default async function FeaturePage({ params }: PageProps<"/admin/entries/[id]/feature">) {
  const staff = await requireStaff("admin");
  const { id } = await params;
  const entry = await getEntryDetail(staff, id);
  if (!entry || entry.erasedAt) notFound();
  const t = await getTranslations("Admin.feature");
  const draft = await getFeatureDraft(id);
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/entries/${id}`} className="underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-sm">{t("lead", { penName: entry.penName, reference: entry.reference })}</p>
      {!entry.hasPublicationConsent && <p className="mt-2 font-semibold text-accent">{t("noConsent")}</p>}
      <div className="mt-4 max-w-4xl">
        <FeatureForm entryId={id} draft={draft} />
      </div>
    </>
  );
}
