/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as Shift_JIS
 * and garbles Japanese), CRLF line ends, RFC 4180 quoting.
 */
export const CSV_BOM = "\uFEFF";

/**
 * A text cell that starts like a formula (= + - @, their full-width forms ＝ ＋ － ＠ that Japanese
 * spreadsheets read as the same, or a tab/CR that some spreadsheets skip) would run as one when
 * opened; a leading apostrophe makes spreadsheets show it as plain text.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r＝＋－＠]/.test(text) ? `'${text}` : text;
}

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
