import { useTranslations } from "next-intl";
import type { LegalDocument } from "@/content/legal/types";
import { Phrases } from "@/components/ui/phrases";

/** A policy page: title, the draft notice, the version entrants agree to, and its sections. */
export function LegalDocumentView({ document, version }: { document: LegalDocument; version: string }) {
  const t = useTranslations("Legal");
  return (
    <article className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">
        <Phrases>{document.title}</Phrases>
      </h1>
      <p className="mt-4 rounded-lg border-l-4 border-accent bg-accent-soft px-4 py-3 font-semibold" role="note">
        {t("draftNotice")}
      </p>
      <p className="mt-3 text-sm text-ink-soft">{t("version", { version })}</p>
      <p className="mt-6">{document.description}</p>
      {document.sections.map((section) => (
        <section key={section.heading} className="mt-8">
          <h2 className="text-xl font-bold">
            <Phrases>{section.heading}</Phrases>
          </h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph} className="mt-3">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
