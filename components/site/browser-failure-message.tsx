"use client";

import { localizeHref } from "@/i18n/paths";
import type { AppLocale } from "@/i18n/routing";
import { DATABASE_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";
import { FailureMessage } from "./failure-message";
import { useErrorCopy } from "./use-error-copy";

/** The failure explanation drawn by the error boundaries in the browser. */
export function BrowserFailureMessage({ locale, error, retry }: { locale: AppLocale; error: unknown; retry: () => void }) {
  const copy = useErrorCopy(locale);
  if (!copy) return null;
  const digest = error instanceof Error && "digest" in error ? error.digest : undefined;
  const kind = digest === DATABASE_UNAVAILABLE_DIGEST ? copy.unavailable : copy.failed;
  return (
    <>
      <title>{kind.title}</title>
      <FailureMessage
        title={kind.title}
        body={kind.body}
        retryLabel={copy.retry}
        homeLabel={copy.home}
        homeHref={localizeHref("/", locale)}
        onRetry={retry}
      />
    </>
  );
}
