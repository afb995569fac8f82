/** A cell a spreadsheet would run as a formula; prefixed with an apostrophe so it stays text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV that spreadsheet programs open correctly with Cyrillic and Turkic letters: UTF-8 with a
 * byte-order mark, CRLF line ends, RFC 4180 quoting, and no formula injection.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
