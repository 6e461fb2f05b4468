"use client";

import { useParams } from "next/navigation";
import { BrowserFailureMessage } from "@/components/site/browser-failure-message";
import { isAppLocale } from "@/i18n/paths";
import { routing } from "@/i18n/routing";

/** A failure while the browser renders a page (the server already sent its own explanation). */
export default function LocaleError({ error, retry }: { error: unknown; retry: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  return <BrowserFailureMessage locale={isAppLocale(locale) ? locale : routing.defaultLocale} error={error} retry={retry} />;
}
