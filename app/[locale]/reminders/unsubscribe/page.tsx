import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnsubscribeForm } from "@/components/reminders/reminder-forms";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/lib/site/page-locale";
import { unsubscribeReminders } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(), namespace: "Reminders" });
  return { title: t("unsubscribeMetaTitle"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

/** The footer link of every reminder mail: opening it changes nothing (mail scanners), the button unsubscribes. */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const t = await getTranslations({ locale: await pageLocale(), namespace: "Reminders" });
  const { token } = await searchParams;
  const words = { unsubscribe: t("unsubscribe"), unsubscribed: t("unsubscribed"), unknown: t("unsubscribeUnknown"), unavailable: t("tryAgain") };
  return (
    <div className="mx-auto max-w-2xl space-y-6 px-4 py-10">
      <h1 className="text-3xl font-bold">{t("unsubscribeTitle")}</h1>
      {typeof token === "string" && token !== "" ? (
        <>
          <p>{t("unsubscribeLead")}</p>
          <UnsubscribeForm action={unsubscribeReminders} token={token} words={words} />
        </>
      ) : (
        <p>{t("unsubscribeUnknown")}</p>
      )}
      <Link href="/" className="inline-block underline">{t("home")}</Link>
    </div>
  );
}
