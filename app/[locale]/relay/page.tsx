import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SeasonList } from "@/components/relay/season-list";
import { withFailurePages } from "@/components/site/failure-pages";
import type { AppLocale } from "@/i18n/routing";
import { getSeasons } from "@/lib/interviews/queries";
import { pageMetadata } from "@/lib/site/metadata";

export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<"/[locale]/relay">): Promise<Metadata> {
  const locale = (await params).locale as AppLocale;
  const t = await getTranslations({ locale, namespace: "RelayIndex" });
  return pageMetadata({ locale, path: "/relay", title: t("metaTitle"), description: t("metaDescription") });
}

async function RelayIndexPage({ params }: PageProps<"/[locale]/relay">) {
  const locale = (await params).locale as AppLocale;
  return <SeasonList seasons={await getSeasons(locale)} />;
}

export default withFailurePages(RelayIndexPage);
