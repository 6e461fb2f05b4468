import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { LanguageSwitch } from "@/components/admin/language-switch";
import { SignInForm } from "@/components/admin/sign-in-form";
import { currentStaff } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.signIn");
  return { title: t("title") };
}

export default async function SignInPage() {
  if (await currentStaff()) redirect("/admin");
  const t = await getTranslations("Admin.signIn");
  return (
    <main className="mx-auto max-w-sm px-4 py-16">
      <div className="flex justify-end">
        <LanguageSwitch />
      </div>
      <h1 className="mt-6 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-ink-soft">{t("lead")}</p>
      <div className="mt-6">
        <SignInForm />
      </div>
    </main>
  );
}
