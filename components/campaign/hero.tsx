import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export function Hero() {
  const t = useTranslations("Landing.hero");
  return (
    <section aria-labelledby="hero-title" className="bg-ink text-white">
      <div className="mx-auto max-w-5xl px-4 py-12 sm:py-20">
        <p className="text-sm font-semibold tracking-widest text-white/80">{t("eyebrow")}</p>
        <h1 id="hero-title" className="mt-3 text-3xl leading-tight font-bold sm:text-5xl">
          {t("title")}
        </h1>
        <p className="mt-5 max-w-2xl text-base text-white/90 sm:text-lg">{t("lead")}</p>
        <p className="mt-5 inline-block rounded-md bg-white px-3 py-2 text-sm font-semibold text-accent">{t("prize")}</p>
        <p className="mt-6">
          <Link href="/relay" className="inline-block rounded-full border-2 border-white px-5 py-2 font-semibold hover:bg-white hover:text-ink">
            {t("readRelay")}
          </Link>
        </p>
      </div>
    </section>
  );
}
