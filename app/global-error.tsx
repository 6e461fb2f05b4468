"use client";

import "./globals.css";
import { usePathname } from "next/navigation";
import { BrowserFailureMessage } from "@/components/site/browser-failure-message";
import { isAppLocale } from "@/i18n/paths";
import { routing } from "@/i18n/routing";

/** A failure of a root layout: replaces the whole document, in the language of the path. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const first = usePathname()?.split("/")[1];
  const locale = isAppLocale(first) ? first : routing.defaultLocale;
  return (
    <html lang={locale}>
      <body className="font-sans">
        <BrowserFailureMessage locale={locale} error={error} retry={retry} />
      </body>
    </html>
  );
}
