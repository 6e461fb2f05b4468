import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReminderConfirmForm } from "@/components/reminders/reminder-forms";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/lib/site/page-locale";
import { confirmReminders } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(), namespace: "Reminders" });
  return { title: t("confirmMetaTitle"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

/** Where the sign-up's confirmation link leads: opening it changes nothing, the button's POST confirms. */
export default async function ReminderConfirmPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations({ locale: await pageLocale(), namespace: "Reminders" });
  const { token } = await searchParams;
  const words = {
    confirm: t("confirm"),
    unavailable: t("tryAgain"),
    confirmed: t("confirmed"),
    alreadyConfirmed: t("alreadyConfirmed"),
    expired: t("expired"),
    unknown: t("unknown"),
  };
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <h1 className="text-3xl font-bold">{t("confirmTitle")}</h1>
      {typeof token === "string" && token !== "" ? (
        <>
          <p>{t("confirmLead")}</p>
          <ReminderConfirmForm action={confirmReminders} token={token} words={words} />
        </>
      ) : (
        <p>{t("missing")}</p>
      )}
      <Link href="/" className="inline-block underline">{t("home")}</Link>
    </div>
  );
}
