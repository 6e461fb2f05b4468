import { useTranslations } from "next-intl";

const KEYS = ["score", "save", "skip"] as const;

/** The keys the queue's scoring form answers to (components/admin/queue-score-form.tsx). */
export function QueueShortcutsHelp() {
  const t = useTranslations("Admin.queue.shortcuts");
  return (
    <section aria-labelledby="shortcuts-title" className="rounded border border-line p-3 text-sm">
      <h2 id="shortcuts-title" className="font-bold">
        {t("title")}
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        {KEYS.map((key) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-line bg-paper px-1 font-mono">{t(`keys.${key}`)}</kbd>
            </dt>
            <dd>{t(`actions.${key}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
