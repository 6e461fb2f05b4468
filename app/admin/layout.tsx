import "../globals.css";
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";

// The console is never cached: every request checks the session and shows current data.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Admin.meta");
  return {
    title: { default: t("title"), template: `%s | ${t("title")}` },
    robots: { index: false, follow: false, nocache: true },
  };
}

/** The staff console's own root layout: its language is the staff member's choice, not the URL's. */
export default async function AdminRootLayout({ children }: LayoutProps<"/admin">) {
  const locale = await getLocale();
  const { Admin, Time } = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-dvh bg-white font-sans text-[15px] antialiased">
        <NextIntlClientProvider messages={{ Admin, Time }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
