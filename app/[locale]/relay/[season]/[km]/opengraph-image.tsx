import { notFound } from "next/navigation";
import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { personName } from "@/lib/interviews/archive";
import { parseKm } from "@/lib/interviews/course";
import { getInterview } from "@/lib/interviews/queries";
import { notoSansJpBold } from "@/lib/og/fonts";
import { knownLocale } from "@/lib/site/page-locale";

export const revalidate = 3600;
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export function generateStaticParams() {
  return [];
}

/** The share image of one interview: km, catchphrase title, people, season. */
export default async function InterviewImage({ params }: { params: Promise<{ locale: string; season: string; km: string }> }) {
  const route = await params;
  const locale = knownLocale(route.locale);
  const { season, km: segment } = route;
  const km = parseKm(segment);
  const interview = km === null ? null : await getInterview(season, km, locale);
  if (!interview) notFound();
  const t = await getTranslations({ locale, namespace: "Interview" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const names = interview.participants.map((p) => personName(p, interview.titleLocale)).join(" × ");
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", padding: 64, background: "#14213d", color: "#ffffff", fontFamily: "Noto Sans JP" }}>
        <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
          <div style={{ display: "flex", background: "#b3261e", borderRadius: 999, padding: "8px 28px", fontSize: 40 }}>
            {t("kmLabel", { km: interview.km })}
          </div>
          <div style={{ display: "flex", fontSize: 28, color: "#d9d4c7" }}>{interview.seasonTitle}</div>
        </div>
        <div style={{ display: "flex", flex: 1, alignItems: "center", fontSize: interview.title.length > 40 ? 52 : 60, lineHeight: 1.35 }}>
          {interview.title}
        </div>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end", fontSize: 28 }}>
          <div style={{ display: "flex" }}>{names}</div>
          <div style={{ display: "flex", color: "#d9d4c7" }}>{site("campaignName")}</div>
        </div>
        <div style={{ position: "absolute", left: 0, bottom: 0, width: `${(interview.km / 42.195) * 100}%`, height: 12, background: "#b3261e" }} />
      </div>
    ),
    { ...size, fonts: [{ name: "Noto Sans JP", data: await notoSansJpBold(), weight: 700, style: "normal" }] },
  );
}
