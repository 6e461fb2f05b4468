import { useTranslations } from "next-intl";

const STEPS = ["read", "write", "share"] as const;

export function HowToTakePart() {
  const t = useTranslations("Landing.howTo");
  return (
    <section aria-labelledby="how-to-title">
      <h2 id="how-to-title" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <ol className="mt-4 grid gap-4 sm:grid-cols-3">
        {STEPS.map((step, index) => (
          <li key={step} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-line">
            <span aria-hidden="true" className="text-3xl font-bold text-accent">
              {index + 1}
            </span>
            <h3 className="mt-1 font-semibold">{t(`steps.${step}.title`)}</h3>
            <p className="mt-1 text-sm text-ink-soft">{t(`steps.${step}.body`)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
