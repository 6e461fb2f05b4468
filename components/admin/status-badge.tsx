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

export function StatusBadge({ status }: { status: EntryStatus }) {
  const t = useTranslations("Admin.common.statuses");
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${TONES[status]}`}>{t(status)}</span>;
}
