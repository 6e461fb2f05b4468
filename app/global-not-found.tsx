import "@fontsource-variable/noto-sans-jp";
import "./globals.css";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";

export const metadata: Metadata = { title: "404" };

/** Paths outside every locale (rare: the proxy prefixes most) get a 404 in both languages. */
export default async function GlobalNotFound() {
  const messages = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "NotFound" }) })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <body className="font-sans">
        <main className="mx-auto max-w-2xl space-y-10 px-4 py-20 text-center">
          {messages.map(({ locale, t }) => (
            <section key={locale} lang={locale}>
              <h1 className="text-2xl font-bold">{t("title")}</h1>
              <p className="mt-3">{t("body")}</p>
              <a href={`/${locale}`} className="mt-4 inline-block underline">
                {t("home")}
              </a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
