import { useTranslations } from "next-intl";
import Link from "next/link";

/** A console page that only explains something (not found, not allowed) and leads back. */
export function ConsoleMessagePage({ messages }: { messages: "Admin.forbidden" | "Admin.notFound" }) {
  const t = useTranslations(messages);
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("body")}</p>
      <p className="mt-6">
        <Link href="/admin" className="underline">
          {t("back")}
        </Link>
      </p>
    </main>
  );
}
