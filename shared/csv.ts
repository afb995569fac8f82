/**
 * CSV both ways, for spreadsheets: reading an organiser's exhibitor list (RFC 4180 with the
 * habits of real exports: a UTF-8 byte-order mark, CRLF or LF line ends, quoted fields holding
 * commas, quotes and line breaks) and writing exports that open correctly with Cyrillic and
 * Turkic letters (BOM, CRLF, quoting, no formula injection).
 */

/** A cell a spreadsheet would run as a formula; prefixed with an apostrophe so it stays text. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type CsvParse =
  | { ok: true; records: string[][] }
  /** `line` is the 1-based line of the text where reading stopped. */
  | { ok: false; problem: 'unclosed_quote' | 'stray_quote'; line: number };

export type CsvDelimiter = ',' | ';' | '\t';

/**
 * The separator a list uses, judged by its first line: a comma, unless the line has more
 * semicolons (spreadsheets in many European locales save those) or tabs (what a spreadsheet puts
 * on the clipboard when rows are copied).
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => first.split(c).length - 1;
  const candidates: CsvDelimiter[] = [',', ';', '\t'];
  return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/**
 * Splits CSV text into records of fields. Blank lines are skipped; a quote inside an unquoted
 * field, or text right after a closing quote, is refused rather than guessed at.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvParse {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let line = 1;
  let quotedFrom = 0;
  let state: 'start' | 'plain' | 'quoted' | 'closed' = 'start';

  const endField = () => {
    record.push(field);
    field = '';
    state = 'start';
  };
  const endRecord = () => {
    endField();
    // A line with nothing on it is a gap, not a record of one empty field.
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
  };

  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (state === 'quoted') {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i++;
        } else state = 'closed';
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
    } else if (c === '"') {
      if (state !== 'start') return { ok: false, problem: 'stray_quote', line };
      state = 'quoted';
      quotedFrom = line;
    } else {
      if (state === 'closed') return { ok: false, problem: 'stray_quote', line };
      field += c;
      state = 'plain';
    }
  }
  if (state === 'quoted') return { ok: false, problem: 'unclosed_quote', line: quotedFrom };
  if (state !== 'start' || field !== '' || record.length > 0) endRecord();
  return { ok: true, records };
}
