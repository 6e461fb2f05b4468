import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getPublishedStory } from "@/lib/featured/queries";
import { shareImage, SHARE_IMAGE_SIZE } from "@/lib/og/share-image";
import { knownLocale } from "@/lib/site/page-locale";

// Like the page: unpublishing or withdrawing re-renders both at once (revalidatePath on the
// locale layout), and then this answers 404.
export const revalidate = 60;
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return [];
}

/** The share image of one featured story: its title and pen name, never its photo. */
export default async function FeaturedStoryImage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const route = await params;
  const locale = knownLocale(route.locale);
  const story = await getPublishedStory(route.id, locale);
  if (!story) notFound();
  const share = await getTranslations({ locale, namespace: "ShareImage" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return shareImage({
    badge: share("storyBadge"),
    eyebrow: site("campaignName"),
    title: story.title,
    footer: share("storyFooter", { penName: story.penName }),
  });
}
