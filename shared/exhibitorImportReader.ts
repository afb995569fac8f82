import { detectDelimiter, parseCsv } from './csv.ts';
import {
  BASE_COLUMNS,
  IMPORT_LIMITS,
  TRANSLATED,
  utf8Length,
  type ImportFileError,
  type RawRow,
} from './exhibitorImport.ts';
import { LANGUAGES, type Lang } from './languages.ts';

/** An exhibitor list's text (CSV or JSON) read into rows of column → value, before any row is checked. */

type Read = { ok: true; rows: RawRow[] } | { ok: false; errors: ImportFileError[] };

function knownColumn(column: string): boolean {
  if ((BASE_COLUMNS as readonly string[]).includes(column)) return true;
  const [base, lang, ...rest] = column.split('_');
  return rest.length === 0 && (TRANSLATED as readonly string[]).includes(base ?? '') && isLang(lang);
}

function isLang(value: string | undefined): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? '') && value !== 'en';
}

function checkColumns(columns: readonly string[]): ImportFileError[] {
  const errors: ImportFileError[] = [];
  for (const column of ['pavilion', 'name']) {
    if (!columns.includes(column)) {
      errors.push({ code: 'missing_column', message: `the column "${column}" is missing`, params: { column } });
    }
  }
  for (const column of columns) {
    if (!knownColumn(column)) {
      errors.push({ code: 'unknown_column', message: `unknown column "${column}"`, params: { column } });
    }
  }
  return errors;
}

/** Reads the text into rows, or says why the file as a whole cannot be read. */
export function readImportText(format: 'csv' | 'json', text: string): Read {
  if (utf8Length(text) > IMPORT_LIMITS.bytes) {
    return {
      ok: false,
      errors: [{ code: 'too_large', message: 'the file is too large', params: { max: IMPORT_LIMITS.bytes } }],
    };
  }
  const rows = format === 'csv' ? readCsv(text) : readJson(text);
  if (!rows.ok) return rows;
  if (rows.rows.length === 0) return { ok: false, errors: [{ code: 'empty', message: 'there are no rows to import' }] };
  if (rows.rows.length > IMPORT_LIMITS.rows) {
    const params = { max: IMPORT_LIMITS.rows, count: rows.rows.length };
    return { ok: false, errors: [{ code: 'too_many_rows', message: `at most ${IMPORT_LIMITS.rows} rows`, params }] };
  }
  return rows;
}

function readCsv(text: string): Read {
  const parsed = parseCsv(text, detectDelimiter(text));
  if (!parsed.ok) {
    const params = { line: parsed.line, problem: parsed.problem };
    return { ok: false, errors: [{ code: 'bad_csv', message: `${parsed.problem} on line ${parsed.line}`, params }] };
  }
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, errors: [{ code: 'empty', message: 'there are no rows to import' }] };
  const columns = header.map((c) => c.trim().toLowerCase());
  const errors = checkColumns(columns);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    rows: records.map((cells, i) => ({
      // Counted as a spreadsheet shows it: the header is row 1.
      row: i + 2,
      cells: Object.fromEntries(columns.map((column, c) => [column, cells[c] ?? ''])),
    })),
  };
}

function readJson(text: string): Read {
  let value: unknown;
  try {
    value = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, errors: [{ code: 'bad_json', message: 'not valid JSON' }] };
  }
  const list = Array.isArray(value) ? value : (value as { exhibitors?: unknown } | null)?.exhibitors;
  if (
    !Array.isArray(list) ||
    !list.every((item) => typeof item === 'object' && item !== null && !Array.isArray(item))
  ) {
    return { ok: false, errors: [{ code: 'bad_json', message: 'expected a list of objects' }] };
  }
  const items = list as Record<string, unknown>[];
  const columns = [...new Set(items.flatMap((item) => Object.keys(item).map((k) => k.toLowerCase())))];
  const errors = items.length ? checkColumns(columns) : [];
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    rows: items.map((item, i) => ({
      row: i + 1,
      cells: Object.fromEntries(Object.entries(item).map(([k, v]) => [k.toLowerCase(), v ?? ''])),
    })),
  };
}
