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

/**
 * UTF-16 code units one character may take before a field is refused as too long without counting:
 * enough for emoji sequences such as 👨‍👩‍👧 (8 units) and for accented letters; far below what
 * hostile text needs to make counting slow.
 */
export const MAX_UNITS_PER_CHARACTER = 8;

/** Code units a field of `maxCharacters` characters may hold; anything longer is refused unread. */
export function unitBudget(maxCharacters: number): number {
  return maxCharacters * MAX_UNITS_PER_CHARACTER;
}

/**
 * The most code units `Intl.Segmenter` is ever given. Segmenting long runs of combining marks
 * costs seconds of CPU, so fields are refused on their length (unitBudget) before any counting.
 */
export const SEGMENTER_MAX_UNITS = 32_768;

/** Combining marks (accents and the like) allowed in a row, i.e. on one character. */
export const MAX_MARKS_PER_CHARACTER = 8;
// Marks, zero-width joiners and tag characters all extend the character before them.
const MARK_RUN = new RegExp(`[\\p{M}\\u200D\\u{E0020}-\\u{E007F}]{${MAX_MARKS_PER_CHARACTER + 1},}`, "u");

/** Whether some character carries more than MAX_MARKS_PER_CHARACTER combining marks ("Zalgo" text). */
export function hasTooManyMarks(text: string): boolean {
  return MARK_RUN.test(text);
}

// Embeddings, overrides (U+202A–202E) and isolates (U+2066–2069): they reorder what follows them,
// so "abc‮exe.txt" shows as "abctxt.exe". Marks (U+200E, U+200F) only hint a direction and stay.
const DIRECTION_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export function hasDirectionControls(text: string): boolean {
  return DIRECTION_CONTROL.test(text);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

// Printable ASCII, Latin-1 and Latin Extended, dashes, quotes and other general punctuation, kana
// and kanji, full-width forms: code points that
// never join with a neighbour, so each is one character. Segmenting text costs about a microsecond
// per character; most stories are entirely made of these and need no segmenting.
// Left out on purpose: combining marks (U+0300–036F), zero-width and direction controls
// (U+200B–200F, U+2028–202F, U+205F–206F), combining kana voicing marks (U+3099–309A), ideographic
// tone marks (U+302A–302F), half-width voicing marks (U+FF9E–FF9F), and all emoji.
const ALWAYS_ONE_CHARACTER = /^[\n\u0020-\u007E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E\u3000-\u3029\u3030-\u3098\u309B-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uFF01-\uFF9D\uFFA0-\uFFEF]*$/;

/**
 * Characters as a person counts them: one per grapheme cluster, so "東", "é" (either encoding),
 * "👍🏽" and "👨‍👩‍👧" each count one.
 */
export function countCharacters(text: string): number {
  return countUpTo(text, Infinity);
}

/** Whether `text` has at most `max` characters; counts only as far as needed. */
export function hasAtMostCharacters(text: string, max: number): boolean {
  // A character is at least one UTF-16 unit, so short strings need no counting.
  if (text.length <= max) return true;
  return countUpTo(text, max + 1) <= max;
}

/** Whether `text` has at least `min` characters; counts only as far as needed. */
export function hasAtLeastCharacters(text: string, min: number): boolean {
  if (text.length < min) return false;
  return countUpTo(text, min) >= min;
}

/**
 * Counts characters, stopping at `limit`. Beyond SEGMENTER_MAX_UNITS each code unit counts as one
 * character: an overestimate, for text the entry schema refuses on its length before counting.
 */
function countUpTo(text: string, limit: number): number {
  const composed = text.normalize("NFC");
  if (ALWAYS_ONE_CHARACTER.test(composed)) return Math.min(composed.length, limit);
  const segmented = composed.slice(0, SEGMENTER_MAX_UNITS);
  let count = composed.length - segmented.length;
  for (const _ of segmenter.segment(segmented)) if (++count >= limit) break;
  return Math.min(count, limit);
}
