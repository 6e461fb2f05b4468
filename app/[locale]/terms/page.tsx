import type { Metadata } from "next";
import { locale as rootLocale } from "next/root-params";
import { LegalDocumentView } from "@/components/legal/legal-document-view";
import { TERMS_OF_ENTRY } from "@/content/legal/terms";
import { CONSENT_TEXT_VERSIONS } from "@/content/legal/versions";
import type { AppLocale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/site/metadata";

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await rootLocale()) as AppLocale;
  const document = TERMS_OF_ENTRY[locale];
  return pageMetadata({ locale, path: "/terms", title: document.title, description: document.description });
}

export default async function TermsPage() {
  const locale = (await rootLocale()) as AppLocale;
  return <LegalDocumentView document={TERMS_OF_ENTRY[locale]} version={CONSENT_TEXT_VERSIONS.terms} />;
}
