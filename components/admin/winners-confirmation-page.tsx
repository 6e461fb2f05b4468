import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";

/** The frame of a winners confirmation step: the way back to the winners page, the question, the form. */
export function WinnersConfirmationPage({ title, children }: { title: string; children: ReactNode }) {
  const t = useTranslations("Admin.winners");
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/winners" className="underline">{t("back")}</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{title}</h1>
      {children}
    </>
  );
}
