import "../globals.css";
import type { Metadata, Viewport } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { UnknownLocaleNotFound } from "@/components/site/failure-pages";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { SkipLink } from "@/components/site/skip-link";
import { routing } from "@/i18n/routing";
import { OG_LOCALES } from "@/lib/site/metadata";
import { siteUrl } from "@/lib/site/url";

// Pages are rendered on their first request and then cached (ISR), so `next build` needs no
// database; see docs/decisions/0004-rendering-and-caching.md.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("siteName"), template: `%s | ${t("siteName")}` },
    description: t("siteDescription"),
    openGraph: { siteName: t("siteName"), locale: OG_LOCALES[locale], type: "website" },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = { themeColor: "#14213d", width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return <UnknownLocaleNotFound />;
  // No NextIntlClientProvider for the whole site: its runtime and messages would weigh on every
  // page. A client component that translates gets one around it with only its namespaces
  // (docs/decisions/0010-lean-public-pages.md).
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <SkipLink />
        <SiteHeader />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
