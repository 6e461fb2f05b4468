import { useTranslations } from "next-intl";
import { CourseCityIllustration } from "@/components/art/course-city-illustration";
import { CampaignStateMessage } from "@/components/campaign/campaign-status";
import { Link } from "@/i18n/navigation";
import type { CampaignState } from "@/lib/campaign/state";
import { Phrases } from "@/components/ui/phrases";

/**
 * The landing page's first screen. On a 390×844 phone the campaign, the prize and the main action
 * for the current state fit above the fold (an e2e test holds this); the lead and the drawing follow.
 */
export function Hero({ state }: { state: CampaignState }) {
  const t = useTranslations("Landing.hero");
  return (
    <section aria-labelledby="hero-title" className="bg-ink text-white">
      <div className="mx-auto grid max-w-5xl gap-6 px-4 pt-5 pb-8 sm:grid-cols-[minmax(0,1fr)_22rem] sm:items-center sm:py-14">
        <div>
          <p className="text-xs font-semibold tracking-widest text-white/80 sm:text-sm">{t("eyebrow")}</p>
          <h1 id="hero-title" className="mt-2 text-display leading-tight font-bold">
            <Phrases>{t("title")}</Phrases>
          </h1>
          <Prize />
          <HeroAction state={state} />
          <p className="mt-6 max-w-2xl text-sm text-white/90 sm:text-lg">{t("lead")}</p>
        </div>
        <CourseCityIllustration label={t("illustration")} className="h-auto w-full" />
      </div>
    </section>
  );
}

function Prize() {
  const t = useTranslations("Landing.hero");
  return (
    <p className="mt-4 flex items-stretch overflow-hidden rounded-lg border-2 border-sun bg-ink-deep">
      <span className="flex items-center bg-sun px-3 text-sm font-bold whitespace-nowrap text-ink">{t("prizeLabel")}</span>
      <span className="px-3 py-2">
        <span className="block font-bold sm:text-lg">{t("prize")}</span>
        <span className="block text-xs text-white/80">{t("prizeNote")}</span>
      </span>
    </p>
  );
}

/** Where the campaign stands, then: send your story while a window is open; otherwise read the relay. */
function HeroAction({ state }: { state: CampaignState }) {
  const t = useTranslations("EntryCallToAction");
  const hero = useTranslations("Landing.hero");
  const status = useTranslations("CampaignState");
  const primary = "inline-block rounded-full bg-accent-bright px-6 py-3 text-lg font-bold text-ink no-underline hover:bg-white";
  return (
    <div className="mt-5">
      <section aria-labelledby="campaign-status" data-phase={state.phase} className="text-sm text-white/90">
        <h2 id="campaign-status" className="sr-only">
          {status("label")}
        </h2>
        <p>
          <CampaignStateMessage state={state} />
        </p>
      </section>
      <p className="mt-3 flex flex-wrap items-center gap-x-5 gap-y-2">
        {state.phase === "open" ? (
          <Link href="/entry" className={primary}>
            {t("open")}
          </Link>
        ) : (
          <>
            <Link href="/relay" className={primary}>
              {hero("readRelay")}
            </Link>
            <Link href="/entry" className="font-semibold text-white underline">
              {t("closed")}
            </Link>
          </>
        )}
      </p>
    </div>
  );
}
