import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/action-form";
import { InterviewForm } from "@/components/admin/interview-form";
import { SubmitButton } from "@/components/admin/submit-button";
import { publishInterviewAction } from "@/lib/admin/actions/interviews";
import { requireStaff } from "@/lib/auth/guard";
import { getInterviewFormValues, getSeasonOptions } from "@/lib/interviews-admin/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.interviews"))("edit") };
}

export default async function EditInterviewPage({ params }: PageProps<"/admin/interviews/[id]">) {
  await requireStaff("admin");
  const id = Number((await params).id);
  const interview = Number.isInteger(id) && id > 0 ? await getInterviewFormValues(id) : null;
  if (!interview) notFound();
  const t = await getTranslations("Admin.interviews");
  const options = await getSeasonOptions(await getLocale());
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/interviews" className="underline">{t("back")}</Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        <h1 className="text-2xl font-bold">{t("edit")}</h1>
        <p className="text-sm font-semibold">{interview.published ? t("published") : t("draft")}</p>
        <ActionForm action={publishInterviewAction.bind(null, id)} label={t("publishing")} className="flex items-center gap-2">
          {interview.published ? (
            <SubmitButton variant="danger" name="do" value="unpublish">{t("unpublish")}</SubmitButton>
          ) : (
            <SubmitButton name="do" value="publish">{t("publish")}</SubmitButton>
          )}
        </ActionForm>
      </div>
      <div className="mt-4 max-w-4xl">
        <InterviewForm id={id} seasons={options} initial={interview.values} />
      </div>
    </>
  );
}
