import { useTranslations } from "next-intl";

const STEPS = ["list", "commitment", "key", "words", "below", "shuffle", "result"] as const;

/** "How to check the draw": the method spelled out so that anyone can recompute a draw. */
export function DrawMethod() {
  const t = useTranslations("Winners.method");
  return (
    <section aria-labelledby="how-to-check" className="mt-10">
      <h2 id="how-to-check" className="text-xl font-bold">
        {t("title")}
      </h2>
      <p className="mt-2">{t("lead")}</p>
      <ol className="mt-3 list-decimal space-y-2 pl-6" data-testid="draw-method">
        {STEPS.map((step) => (
          <li key={step}>{t(`steps.${step}`)}</li>
        ))}
      </ol>
    </section>
  );
}
