import type { Metadata } from "next";
import { locale as rootLocale } from "next/root-params";
import { LegalDocumentView } from "@/components/legal/legal-document-view";
import { PRIVACY_POLICY } from "@/content/legal/privacy";
import { CONSENT_TEXT_VERSIONS } from "@/content/legal/versions";
import type { AppLocale } from "@/i18n/routing";
import { pageMetadata } from "@/lib/site/metadata";

export async function generateMetadata(): Promise<Metadata> {
  const locale = (await rootLocale()) as AppLocale;
  const document = PRIVACY_POLICY[locale];
  return pageMetadata({ locale, path: "/privacy", title: document.title, description: document.description });
}

export default async function PrivacyPage() {
  const locale = (await rootLocale()) as AppLocale;
  return <LegalDocumentView document={PRIVACY_POLICY[locale]} version={CONSENT_TEXT_VERSIONS.privacy} />;
}
