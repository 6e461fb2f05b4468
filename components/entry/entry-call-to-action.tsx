import { useTranslations } from "next-intl";
import { useJstFormat } from "@/components/ui/jst-time";
import { Link } from "@/i18n/navigation";
import type { CampaignState } from "@/lib/campaign/state";

/** The landing page's way to the entry form: prominent while a window is open. */
export function EntryCallToAction({ state }: { state: CampaignState }) {
  const t = useTranslations("EntryCallToAction");
  const jst = useJstFormat();
  if (state.phase !== "open") {
    return (
      <p>
        <Link href="/entry" className="font-semibold text-course underline">
          {t("closed")}
        </Link>
      </p>
    );
  }
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link href="/entry" className="inline-block rounded-full bg-accent px-6 py-3 text-lg font-bold text-white hover:bg-ink">
        {t("open")}
      </Link>
      <span className="text-sm text-ink-soft">{t("openNote", { closesAt: jst(state.window.closesAt) })}</span>
    </p>
  );
}
