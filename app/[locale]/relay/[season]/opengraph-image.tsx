import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSeason } from "@/lib/interviews/queries";
import { shareImage, SHARE_IMAGE_SIZE } from "@/lib/og/share-image";
import { knownLocale } from "@/lib/site/page-locale";

export const revalidate = 3600;
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return [];
}

/** The share image of one season of the relay: its title and how many stories it holds. */
export default async function SeasonImage({ params }: { params: Promise<{ locale: string; season: string }> }) {
  const route = await params;
  const locale = knownLocale(route.locale);
  const season = await getSeason(route.season, locale);
  if (!season) notFound();
  const share = await getTranslations({ locale, namespace: "ShareImage" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return shareImage({
    badge: share("seasonBadge"),
    eyebrow: site("campaignName"),
    title: season.title,
    footer: share("seasonFooter", { count: season.stories.length }),
  });
}
