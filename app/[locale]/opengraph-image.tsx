import { getTranslations } from "next-intl/server";
import { shareImage, SHARE_IMAGE_SIZE } from "@/lib/og/share-image";
import { knownLocale } from "@/lib/site/page-locale";

export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

/** The campaign's share image: the landing page's, and every page's without its own. */
export default async function CampaignImage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = knownLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "Landing.hero" });
  const share = await getTranslations({ locale, namespace: "ShareImage" });
  return shareImage({ badge: share("landingBadge"), eyebrow: t("eyebrow"), title: t("title"), footer: `${t("prizeLabel")}: ${t("prize")}` });
}
