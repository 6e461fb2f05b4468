import type { Metadata } from "next";
import { InterviewArticle } from "@/components/relay/interview-article";
import { PageNotFound, withFailurePages } from "@/components/site/failure-pages";
import { parseKm } from "@/lib/interviews/course";
import { getInterview } from "@/lib/interviews/queries";
import { localizedUrl, pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/relay/[season]/[km]">;

async function load(params: Props["params"]) {
  const locale = await pageLocale();
  const { season, km: segment } = await params;
  const km = parseKm(segment);
  const interview = km === null ? null : await getInterview(season, km, locale);
  return interview ? { locale, interview, path: `/relay/${season}/${km}` } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await load(params);
  if (!page) return {};
  const { interview } = page;
  const metadata = pageMetadata({ locale: page.locale, path: page.path, title: interview.title, description: interview.lead, type: "article" });
  return {
    ...metadata,
    openGraph: {
      ...metadata.openGraph,
      type: "article",
      publishedTime: interview.publishedAt?.toISOString(),
      modifiedTime: interview.updatedAt.toISOString(),
    },
  };
}

async function InterviewPage({ params }: Props) {
  const page = await load(params);
  if (!page) return <PageNotFound />;
  return <InterviewArticle interview={page.interview} canonicalUrl={localizedUrl(page.locale, page.path)} />;
}

export default withFailurePages(InterviewPage);
