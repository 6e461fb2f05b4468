import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SeasonList } from "@/components/relay/season-list";
import { withFailurePages } from "@/components/site/failure-pages";
import { getSeasons } from "@/lib/interviews/queries";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";

export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale();
  const t = await getTranslations({ locale, namespace: "RelayIndex" });
  return pageMetadata({ locale, path: "/relay", title: t("metaTitle"), description: t("metaDescription") });
}

async function RelayIndexPage() {
  const locale = await pageLocale();
  return <SeasonList seasons={await getSeasons(locale)} />;
}

export default withFailurePages(RelayIndexPage);
