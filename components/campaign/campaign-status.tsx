import { useTranslations } from "next-intl";
import { timeTag, useJstFormat } from "@/components/ui/jst-time";
import type { CampaignState } from "@/lib/campaign/state";

/** One sentence saying where the campaign stands now, in Japan time. */
export function CampaignStateMessage({ state }: { state: CampaignState }) {
  const t = useTranslations("CampaignState");
  const jst = useJstFormat();
  switch (state.phase) {
    case "before":
      return t.rich("before", { opensAt: jst(state.nextWindow.opensAt), when: timeTag(state.nextWindow.opensAt) });
    case "open":
      return t.rich("open", {
        number: state.window.number,
        closesAt: jst(state.window.closesAt),
        when: timeTag(state.window.closesAt),
      });
    case "between":
      return t.rich("between", {
        previous: state.previousWindow.number,
        number: state.nextWindow.number,
        opensAt: jst(state.nextWindow.opensAt),
        when: timeTag(state.nextWindow.opensAt),
      });
    case "closed":
      return t.rich("closed", { announcementAt: jst(state.announcementAt, "date"), when: timeTag(state.announcementAt) });
    case "announced":
      return t("announced");
  }
}

export function CampaignStatus({ state }: { state: CampaignState }) {
  const t = useTranslations("CampaignState");
  const tone = state.phase === "open" ? "border-ok bg-ok-soft" : "border-course bg-course-soft";
  return (
    <section aria-labelledby="campaign-status" className={`rounded-lg border-l-4 px-4 py-3 ${tone}`} data-phase={state.phase}>
      <h2 id="campaign-status" className="text-sm font-semibold text-ink-soft">
        {t("label")}
      </h2>
      <p className="text-base font-medium">
        <CampaignStateMessage state={state} />
      </p>
    </section>
  );
}
