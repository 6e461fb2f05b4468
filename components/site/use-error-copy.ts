import { useEffect, useState } from "react";
import type { AppLocale } from "@/i18n/routing";
import type en from "@/messages/en.json";

export type ErrorCopy = (typeof en)["ErrorPage"];

// Loaded only when an error boundary shows, so the messages stay out of every page's JavaScript
// (docs/decisions/0010-lean-public-pages.md).
const MESSAGES: Record<AppLocale, () => Promise<{ default: { ErrorPage: ErrorCopy } }>> = {
  ja: () => import("@/messages/ja.json"),
  en: () => import("@/messages/en.json"),
};

/** The error page's texts in `locale`, or null while they load. */
export function useErrorCopy(locale: AppLocale): ErrorCopy | null {
  const [copy, setCopy] = useState<ErrorCopy | null>(null);
  useEffect(() => {
    let current = true;
    void MESSAGES[locale]().then((messages) => {
      if (current) setCopy(messages.default.ErrorPage);
    });
    return () => {
      current = false;
    };
  }, [locale]);
  return copy;
}
