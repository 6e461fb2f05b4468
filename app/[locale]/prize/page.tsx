import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { PrizeAnswerForm } from "@/components/winners/prize-answer-form";
import { Link } from "@/i18n/navigation";
import { pageLocale } from "@/lib/site/page-locale";
import { answerPrize } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(), namespace: "PrizeOffer" });
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export const dynamic = "force-dynamic";

/**
 * Where a mailed prize link leads (decision 32). Opening it changes nothing (mail scanners open
 * links): the token only travels in the POST of the Accept or Decline button.
 */
export default async function PrizeOfferPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "PrizeOffer" });
  const { token } = await searchParams;
  const { PrizeOffer } = await getMessages({ locale });
  return (
    <div className="mx-auto max-w-2xl space-y-8 px-4 py-10">
      <section className="space-y-4" aria-labelledby="prize-title">
        <h1 id="prize-title" className="text-3xl font-bold">{t("title")}</h1>
        {typeof token === "string" && token !== "" ? (
          <>
            <p>{t("lead")}</p>
            <NextIntlClientProvider messages={{ PrizeOffer }}>
              <PrizeAnswerForm action={answerPrize} token={token} />
            </NextIntlClientProvider>
          </>
        ) : (
          <p>{t("missing")}</p>
        )}
      </section>
      <Link href="/" className="inline-block underline">{t("home")}</Link>
    </div>
  );
}
