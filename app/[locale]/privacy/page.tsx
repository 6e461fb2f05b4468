import type { Metadata } from "next";
import { LegalDocumentView } from "@/components/legal/legal-document-view";
import { PRIVACY_POLICY } from "@/content/legal/privacy";
import { CONSENT_TEXT_VERSIONS } from "@/content/legal/versions";
import { pageMetadata } from "@/lib/site/metadata";
import { pageLocale } from "@/lib/site/page-locale";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await pageLocale();
  const document = PRIVACY_POLICY[locale];
  return pageMetadata({ locale, path: "/privacy", title: document.title, description: document.description });
}

export default async function PrivacyPage() {
  const locale = await pageLocale();
  return <LegalDocumentView document={PRIVACY_POLICY[locale]} version={CONSENT_TEXT_VERSIONS.privacy} />;
}
