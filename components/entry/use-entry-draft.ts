"use client";

import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import { TEXT_FIELDS, type TextField } from "@/lib/validation/entry-fields";

const DRAFT_KEY = "connected-stories:entry-draft";
const SAVE_DELAY_MS = 400;

export type EntryDraft = { savedAt: number; values: Partial<Record<TextField, string>> };

function readDraft(): EntryDraft | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? "null") as EntryDraft | null;
    return parsed && typeof parsed.savedAt === "number" && typeof parsed.values === "object" ? parsed : null;
  } catch {
    return null;
  }
}

export function clearEntryDraft() {
  try {
    localStorage.removeItem(DRAFT_KEY);
  } catch {
    // Storage may be unavailable (private mode, disabled); there is then no draft to clear.
  }
}

function formValues(form: HTMLFormElement): Partial<Record<TextField, string>> {
  const data = new FormData(form);
  return Object.fromEntries(TEXT_FIELDS.map((field) => [field, String(data.get(field) ?? "")]));
}

/** Whether a draft holds something the form does not (so restoring it would change anything). */
function differs(draft: EntryDraft, current: Partial<Record<TextField, string>>): boolean {
  return Object.entries(draft.values).some(([field, value]) => value && value !== current[field as TextField]);
}

/**
 * Keeps what is typed in the form as a draft in this browser (never the photo or the consents)
 * and, after a reload or a crash, offers it back.
 */
export function useEntryDraft(formRef: RefObject<HTMLFormElement | null>, onRestored: () => void) {
  const [offered, setOffered] = useState<EntryDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const draft = readDraft();
    // Reading storage can only happen after hydration; the offer appears on the next render.
    if (draft && formRef.current && differs(draft, formValues(formRef.current))) setOffered(draft);
    return () => clearTimeout(timer.current);
  }, [formRef]);

  const scheduleSave = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const form = formRef.current;
      if (!form) return;
      const values = formValues(form);
      const hasText = TEXT_FIELDS.some((field) => field !== "language" && values[field]);
      try {
        if (hasText) localStorage.setItem(DRAFT_KEY, JSON.stringify({ savedAt: Date.now(), values }));
      } catch {
        // Full or unavailable storage: the form still works, only without a draft.
      }
    }, SAVE_DELAY_MS);
  }, [formRef]);

  const restore = useCallback(() => {
    const form = formRef.current;
    if (!form || !offered) return;
    for (const [field, value] of Object.entries(offered.values)) {
      const control = form.elements.namedItem(field);
      if (control && "value" in control) control.value = value ?? "";
    }
    setOffered(null);
    onRestored();
  }, [formRef, offered, onRestored]);

  const discard = useCallback(() => {
    clearEntryDraft();
    setOffered(null);
  }, []);

  return { offered, scheduleSave, restore, discard };
}
