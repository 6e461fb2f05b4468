/**
 * Text as entrants type it and as people count it. Shared by the browser (live counts, validation)
 * and the server (what is stored), so both always agree.
 */

// Control characters (Unicode Cc) other than the line feed. PostgreSQL refuses NUL in text.
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/** NFC, Unix newlines, no control characters, trimmed. Newlines are kept (for the story). */
export function normalizeMultiline(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").replace(CONTROL_EXCEPT_NEWLINE, "").trim();
}

/** As `normalizeMultiline`, with newlines and tabs turned into spaces (for one-line fields). */
export function normalizeSingleLine(text: string): string {
  return normalizeMultiline(text.replace(/[\r\n\t]+/g, " "));
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Characters as a person counts them: one per grapheme cluster, so "東", "é" (either encoding),
 * "👍🏽" and "👨‍👩‍👧" each count one.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of segmenter.segment(text.normalize("NFC"))) count++;
  return count;
}
