import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";

export type JstFormat = "dateTime" | "date";

/** Formats an instant in Japan time; date-and-time values are marked as JST. */
export function useJstFormat() {
  const formatter = useFormatter();
  const t = useTranslations("Time");
  return (date: Date, format: JstFormat = "dateTime") =>
    formatter.dateTime(date, format) + (format === "dateTime" ? t("jst") : "");
}

/** Wraps text in a <time> element carrying the machine-readable instant. */
export function timeTag(date: Date) {
  return function TimeTag(chunks: ReactNode) {
    return <time dateTime={date.toISOString()}>{chunks}</time>;
  };
}

export function JstTime({ date, format = "dateTime" }: { date: Date; format?: JstFormat }) {
  const formatJst = useJstFormat();
  return <time dateTime={date.toISOString()}>{formatJst(date, format)}</time>;
}
