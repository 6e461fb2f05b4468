import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

/** Shown instead of the form outside the entry windows (the page states when the next one opens). */
export function EntryClosedNotice() {
  const t = useTranslations("EntryPage");
  return (
    <section aria-labelledby="entry-closed-title" className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-line">
      <h2 id="entry-closed-title" className="text-xl font-bold">
        {t("closedTitle")}
      </h2>
      <p className="mt-2">{t("closedBody")}</p>
      <ul className="mt-4 flex flex-wrap gap-3">
        <li>
          <Link href="/#schedule" className="inline-block rounded-full bg-ink px-5 py-2 font-semibold text-white hover:bg-ink-soft">
            {t("schedule")}
          </Link>
        </li>
        <li>
          <Link href="/relay" className="inline-block rounded-full border-2 border-ink px-5 py-2 font-semibold hover:bg-ink hover:text-white">
            {t("readRelay")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
