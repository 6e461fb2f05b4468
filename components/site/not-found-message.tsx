import { useTranslations } from "next-intl";
import { CourseLine } from "@/components/art/course-line";
import { Link } from "@/i18n/navigation";

export function NotFoundMessage() {
  const t = useTranslations("NotFound");
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <CourseLine className="mx-auto h-12 w-60" />
      <p aria-hidden="true" className="mt-2 text-6xl font-bold text-accent">
        404
      </p>
      <h1 className="mt-4 text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-ink-soft">{t("body")}</p>
      <ul className="mt-8 flex flex-wrap justify-center gap-4">
        <li>
          <Link href="/" className="inline-block rounded-full bg-ink px-5 py-2 font-semibold text-white hover:bg-ink-soft">
            {t("home")}
          </Link>
        </li>
        <li>
          <Link href="/relay" className="inline-block rounded-full border-2 border-ink px-5 py-2 font-semibold hover:bg-ink hover:text-white">
            {t("relay")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
