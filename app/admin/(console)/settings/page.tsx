import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RankingForm } from "@/components/admin/ranking-form";
import { SettingsForm } from "@/components/admin/settings-form";
import { AddWindowForm, RemoveWindowButtons } from "@/components/admin/window-list-forms";
import { requireStaff } from "@/lib/auth/guard";
import { getRankingPrior } from "@/lib/review/queries";
import { getSettingsFormValues } from "@/lib/settings/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.nav"))("settings") };
}

export default async function SettingsPage() {
  await requireStaff("admin");
  const t = await getTranslations("Admin.settings");
  const [values, prior] = await Promise.all([getSettingsFormValues(), getRankingPrior()]);
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-prose text-sm">{t("lead")}</p>
      <div className="mt-4 max-w-3xl space-y-6">
        <SettingsForm values={values} />
        <AddWindowForm />
        <RemoveWindowButtons numbers={values.windows.map((w) => w.number)} />
        <RankingForm prior={prior} />
      </div>
    </>
  );
}
