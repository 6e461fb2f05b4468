"use client";

import { useTranslations } from "next-intl";
import type { EntryField } from "@/lib/validation/entry-fields";
import { fieldIds } from "./form-controls";

/**
 * A live count under a field. The visible count is part of the field's description; only the last
 * characters before a limit, and going over it, are announced while typing.
 */
export function CharacterCount({ field, count, min, max }: { field: EntryField; count: number; min?: number; max: number }) {
  const t = useTranslations("EntryForm");
  const over = count - max;
  const missing = min === undefined ? 0 : min - count;
  const remaining = max - count;
  const nearLimit = remaining >= 0 && remaining <= Math.max(10, Math.floor(max / 40));
  const problem = over > 0 || (missing > 0 && count > 0);
  return (
    <>
      <p id={fieldIds(field).count} className={`mt-1 text-right text-sm tabular-nums ${problem ? "font-semibold text-accent" : "text-ink-soft"}`}>
        {min === undefined ? t("counter", { count, max }) : t("storyCounter", { count, min, max })}
        {over > 0 ? ` — ${t("over", { over })}` : missing > 0 && count > 0 ? ` — ${t("needMore", { missing })}` : null}
      </p>
      <p className="sr-only" aria-live="polite">
        {over > 0 ? t("over", { over }) : nearLimit ? t("remaining", { remaining }) : ""}
      </p>
    </>
  );
}
