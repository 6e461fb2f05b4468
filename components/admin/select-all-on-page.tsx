"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * The header checkbox that ticks every row of the page. It needs JavaScript, so it appears only
 * once the page is hydrated; without JavaScript the bulk form's "this page" choice does the same.
 */
export function SelectAllOnPage({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!hydrated) return null;
  return (
    <input
      type="checkbox"
      aria-label={label}
      onChange={(event) => {
        const form = event.currentTarget.form;
        if (!form) return;
        for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][name="ids"]')) box.checked = event.currentTarget.checked;
      }}
    />
  );
}
