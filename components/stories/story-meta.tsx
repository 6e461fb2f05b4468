import { useTranslations } from "next-intl";
import type { PublicStory } from "@/lib/featured/public";
import type { AppLocale } from "@/i18n/routing";

/** Pen name, km mark, and which language the text is in when it is not the page's. */
export function StoryMeta({ story, locale }: { story: PublicStory; locale: AppLocale }) {
  const t = useTranslations("Stories");
  return (
    <p className="text-sm text-ink-soft">
      <span lang={story.language}>{t.rich("by", { penName: story.penName, name: (chunks) => <bdi>{chunks}</bdi> })}</span>
      {story.km !== null && <> · {t("km", { km: story.km })}</>}
      {story.translated && <> · {t("translated")}</>}
      {story.language !== locale && <> · {t(`writtenIn.${story.language}`)}</>}
    </p>
  );
}
