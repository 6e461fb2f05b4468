import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { personName } from "@/lib/interviews/archive";
import { parseKm } from "@/lib/interviews/course";
import { getInterview } from "@/lib/interviews/queries";
import { SHARE_IMAGE_SIZE, shareImage } from "@/lib/og/share-image";
import { knownLocale } from "@/lib/site/page-locale";

export const revalidate = 3600;
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

export function generateStaticParams() {
  return [];
}

/** The share image of one interview: km, season, catchphrase title, people. */
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
  return shareImage({ badge: t("kmLabel", { km: interview.km }), eyebrow: interview.seasonTitle, title: interview.title, footer: `${names} · ${site("campaignName")}` });
}
