import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { InterviewForm } from "@/components/admin/interview-form";
import { requireStaff } from "@/lib/auth/guard";
import { NEW_INTERVIEW_VALUES } from "@/lib/interviews-admin/form-values";
import { getSeasonOptions } from "@/lib/interviews-admin/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.interviews"))("new") };
}

export default async function NewInterviewPage() {
  await requireStaff("admin");
  const t = await getTranslations("Admin.interviews");
  const options = await getSeasonOptions(await getLocale());
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/interviews" className="underline">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t("new")}</h1>
      <div className="mt-4 max-w-4xl">
        <InterviewForm id={null} seasons={options} initial={{ ...NEW_INTERVIEW_VALUES, seasonId: String(options[0]?.id ?? "") }} />
      </div>
    </>
  );
}
