import { getTranslations } from "next-intl/server";
import { localizeHref } from "@/i18n/paths";
import { routing } from "@/i18n/routing";

/** The 404 in every language, for paths outside any locale. */
export async function BilingualNotFound() {
  const messages = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "NotFound" }) })),
  );
  return (
    <main className="mx-auto max-w-2xl space-y-10 px-4 py-20 text-center">
      {messages.map(({ locale, t }) => (
        <section key={locale} lang={locale}>
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="mt-3">{t("body")}</p>
          <a href={localizeHref("/", locale)} className="mt-4 inline-block underline">
            {t("home")}
          </a>
        </section>
      ))}
    </main>
  );
}
