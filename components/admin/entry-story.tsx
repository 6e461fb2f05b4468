import { useTranslations } from "next-intl";
import type { EntryDetail } from "@/lib/review/detail";

/** The story as the entrant wrote it, with their "My Tokyo Marathon is…" line and photo. */
export function EntryStory({ entry }: { entry: EntryDetail }) {
  const t = useTranslations("Admin.entry");
  return (
    <>
      <section aria-labelledby="story-title">
        <h2 id="story-title" className="sr-only">
          {t("story")}
        </h2>
        <div lang={entry.language} dir="auto" className="max-w-prose leading-relaxed whitespace-pre-wrap">
          {entry.story}
        </div>
        {entry.erasedAt === null && (
          <p className="mt-4 max-w-prose" lang={entry.language}>
            <span className="font-semibold">{t("myTokyoMarathonIs")}</span> <bdi>{entry.myTokyoMarathonIs}</bdi>
          </p>
        )}
      </section>
      {entry.photo && (
        <figure>
          <img src={`/admin/entries/${entry.id}/photo`} alt={t("photoAlt")} width={entry.photo.width} height={entry.photo.height} className="max-h-96 w-auto rounded border border-line" />
          <figcaption className="mt-1 text-xs text-ink-soft">
            {t("photoCaption", { width: entry.photo.width, height: entry.photo.height, kb: Math.round(entry.photo.byteSize / 1024) })}
          </figcaption>
        </figure>
      )}
    </>
  );
}
