import { useTranslations } from "next-intl";
import { FailureMessage } from "@/components/site/failure-message";
import type { FailureKind } from "@/components/site/failure-pages";

/** Why the console cannot be shown, in the console's language; `onRetry` in the browser. */
export function ConsoleFailureMessage({ kind, onRetry }: { kind: FailureKind; onRetry?: () => void }) {
  const t = useTranslations("Admin.error");
  return (
    <main className="mx-auto max-w-xl px-4 py-16">
      <title>{t("title")}</title>
      <FailureMessage title={t("title")} body={t(kind)} retryLabel={t("retry")} homeLabel={t("back")} homeHref="/admin" onRetry={onRetry} />
    </main>
  );
}
