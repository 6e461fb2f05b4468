import { useTranslations } from "next-intl";
import type { EntryStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<EntryStatus, string> = {
  received: "bg-gray-100 text-gray-900",
  in_review: "bg-course-soft text-course",
  shortlisted: "bg-yellow-100 text-yellow-900",
  featured: "bg-ok-soft text-ok",
  winner: "bg-accent-soft text-accent",
  declined: "bg-gray-200 text-gray-800",
};

/** `dense` fits a one-line table row. */
export function StatusBadge({ status, dense = false }: { status: EntryStatus; dense?: boolean }) {
  const t = useTranslations("Admin.common.statuses");
  return <span className={`inline-block rounded px-2 text-xs font-semibold ${dense ? "leading-4" : "py-0.5"} ${TONES[status]}`}>{t(status)}</span>;
}
