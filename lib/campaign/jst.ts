/** Japan has used UTC+9 without daylight saving since 1951, so a fixed offset is exact. */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

const JST_MINUTE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})$/;

/**
 * Parses "YYYY-MM-DD HH:mm" as Japan time. With `endOfMinute`, the instant is the last
 * millisecond of that minute, so a window that "closes 23:59" still accepts an entry at 23:59:30.
 */
export function parseJstMinute(text: string, { endOfMinute = false } = {}): Date {
  const match = JST_MINUTE.exec(text.trim());
  if (!match) throw new Error(`Expected "YYYY-MM-DD HH:mm" (Japan time), got "${text}"`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const utc = Date.UTC(year, month - 1, day, hour, minute) - JST_OFFSET_MS;
  const date = new Date(utc + (endOfMinute ? 59_999 : 0));
  const roundTrip = new Date(date.getTime() + JST_OFFSET_MS);
  if (roundTrip.getUTCMonth() !== month - 1 || roundTrip.getUTCDate() !== day || hour > 23 || minute > 59) {
    throw new Error(`"${text}" is not a real date and time`);
  }
  return date;
}

/** "YYYY-MM-DD HH:mm" in Japan time: the form staff type and the CLI prints. */
export function formatJstMinute(date: Date): string {
  const jst = new Date(date.getTime() + JST_OFFSET_MS);
  return jst.toISOString().slice(0, 16).replace("T", " ");
}
