import type { Metadata } from "next";
import { LegalDocumentView } from "@/components/legal/legal-document-view";
import { TERMS_OF_ENTRY } from "@/content/legal/terms";
import { CONSENT_TEXT_VERSIONS } from "@/content/legal/versions";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale();
  const document = TERMS_OF_ENTRY[locale];
  return pageMetadata({ locale, path: "/terms", title: document.title, description: document.description });
}

export default async function TermsPage() {
  const locale = await pageLocale();
  return <LegalDocumentView document={TERMS_OF_ENTRY[locale]} version={CONSENT_TEXT_VERSIONS.terms} />;
}
