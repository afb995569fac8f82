import { z } from 'zod';
import { Booth, BOOTH_KINDS, BoothContent, BoothKind, WebUrl, type BoothLink } from './booths.ts';
import type { Catalogue } from './catalogue.ts';
import { COUNTRY_IDS, CountryId } from './countries.ts';
import { detectDelimiter, parseCsv } from './csv.ts';
import { freeBoothId, sameNameKey } from './eventSetup.ts';
import { INVITE_LIMITS } from './invites.ts';
import { LANGUAGES, type Lang, type LocalizedText } from './languages.ts';
import { pavilionCapacity } from './world/boothCapacity.ts';

/**
 * An exhibitor list, from a spreadsheet (CSV) or JSON, checked row by row against the event as it
 * is: the server and the browser run the same checks, the server's being the ones that count.
 */

export const IMPORT_LIMITS = { rows: 500, bytes: 1_000_000 } as const;

/** Text limits of a booth's content, as BoothContent enforces them. */
const TEXT_MAX = { name: 80, tagline: 140, description: 2000 } as const;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** `POST /api/import/exhibitors`. With `commit` false nothing changes; `skipInvalid` confirms creating only the rows that passed. */
export const ImportRequest = z.object({
  format: z.enum(['csv', 'json']),
  text: z.string().refine((t) => utf8Length(t) <= IMPORT_LIMITS.bytes, `at most ${IMPORT_LIMITS.bytes} bytes`),
  commit: z.boolean(),
  skipInvalid: z.boolean().default(false),
});
export type ImportRequest = z.input<typeof ImportRequest>;

/** Columns (CSV) or keys (JSON); texts in other languages take a suffix: name_ru, tagline_tr, description_kk. */
export const BASE_COLUMNS = ['pavilion', 'name', 'kind', 'tagline', 'description', 'website', 'invite_note'] as const;
const TRANSLATED = ['name', 'tagline', 'description'] as const;
type Translated = (typeof TRANSLATED)[number];

export const IMPORT_ROW_CODES = [
  'required',
  'too_long',
  'unknown_pavilion',
  'unknown_kind',
  'bad_url',
  'not_text',
  'duplicate_in_file',
  'exists',
  'pavilion_full',
] as const;
export const ImportRowCode = z.enum(IMPORT_ROW_CODES);
export type ImportRowCode = z.infer<typeof ImportRowCode>;

export const IMPORT_FILE_CODES = [
  'empty',
  'too_many_rows',
  'too_large',
  'bad_csv',
  'bad_json',
  'missing_column',
  'unknown_column',
] as const;
export const ImportFileCode = z.enum(IMPORT_FILE_CODES);
export type ImportFileCode = z.infer<typeof ImportFileCode>;

export const ImportRowError = z.object({
  field: z.string(),
  code: ImportRowCode,
  /** The server's English, for API users; people read the code's translation. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

/** The booth a valid row makes, and the note of the invitation that goes with it. */
export const ImportedBooth = Booth.pick({ id: true, pavilionId: true, kind: true, content: true }).extend({
  inviteNote: z.string(),
});
export type ImportedBooth = z.infer<typeof ImportedBooth>;

/** One row: `row` is its line in the spreadsheet (the header is line 1) or its place in the JSON list (from 1). */
export const ImportRowResult = z.discriminatedUnion('status', [
  z.object({ row: z.number().int(), status: z.literal('ok'), booth: ImportedBooth }),
  z.object({ row: z.number().int(), status: z.literal('error'), name: z.string(), errors: z.array(ImportRowError) }),
]);
export type ImportRowResult = z.infer<typeof ImportRowResult>;

export const ImportFileError = z.object({
  code: ImportFileCode,
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type ImportFileError = z.infer<typeof ImportFileError>;

export const ImportCreated = z.object({
  row: z.number().int(),
  boothId: z.string(),
  name: z.string(),
  pavilionId: CountryId,
  inviteId: z.string(),
  /** The invitation link, shown only in this answer. */
  url: z.string(),
});
export type ImportCreated = z.infer<typeof ImportCreated>;

export const ImportAnswer = z.object({
  /** Problems with the file as a whole; no row is read then. */
  fileErrors: z.array(ImportFileError),
  rows: z.array(ImportRowResult),
  committed: z.boolean(),
  created: z.array(ImportCreated),
});
export type ImportAnswer = z.infer<typeof ImportAnswer>;

/** A row as read, before checking: column → text. */
export type RawRow = { row: number; cells: Record<string, unknown> };

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

/** What a row is checked against: the pavilions with their booths as they are now. */
export type ImportContext = Pick<Catalogue, 'pavilions'>;

function text(cells: Record<string, unknown>, column: string, errors: ImportRowError[]): string {
  const value = cells[column];
  if (value === undefined) return '';
  if (typeof value !== 'string') {
    errors.push({ field: column, code: 'not_text', message: `${column}: expected text` });
    return '';
  }
  return value.trim();
}

function localized(cells: Record<string, unknown>, base: Translated, errors: ImportRowError[]): LocalizedText | null {
  const result: Partial<Record<Lang, string>> = {};
  const en = text(cells, base, errors);
  for (const lang of LANGUAGES) {
    const column = lang === 'en' ? base : `${base}_${lang}`;
    const value = lang === 'en' ? en : text(cells, column, errors);
    if (!value) continue;
    if (value.length > TEXT_MAX[base]) {
      errors.push({
        field: column,
        code: 'too_long',
        message: `${column}: at most ${TEXT_MAX[base]} characters`,
        params: { max: TEXT_MAX[base] },
      });
    }
    result[lang] = value;
  }
  return en ? ({ ...result, en } as LocalizedText) : null;
}

function websiteLink(url: string): BoothLink {
  return { label: new URL(url).hostname.replace(/^www\./, ''), url };
}

/**
 * Checks every row against the rules of a booth and the event: a known pavilion with room left,
 * a known kind, English name and tagline, texts within limits, an http(s) website, and no name
 * already taken (in the event or higher up in the file). Rows that pass get the booth they make.
 */
export function checkImportRows(rows: readonly RawRow[], event: ImportContext): ImportRowResult[] {
  const taken = new Set(event.pavilions.flatMap((p) => p.booths.map((b) => b.id)));
  const existingNames = new Set(event.pavilions.flatMap((p) => p.booths.map((b) => sameNameKey(b.content.name.en))));
  const seenNames = new Map<string, number>();
  const room = new Map(event.pavilions.map((p) => [p.id, pavilionCapacity(p.style) - p.booths.length]));

  return rows.map(({ row, cells }): ImportRowResult => {
    const errors: ImportRowError[] = [];
    const pavilionText = text(cells, 'pavilion', errors).toLowerCase();
    const pavilion = CountryId.safeParse(pavilionText);
    if (!pavilionText) errors.push({ field: 'pavilion', code: 'required', message: 'pavilion: required' });
    else if (!pavilion.success || !room.has(pavilion.data)) {
      errors.push({
        field: 'pavilion',
        code: 'unknown_pavilion',
        message: `pavilion: one of ${COUNTRY_IDS.join(', ')}`,
        params: { value: pavilionText.slice(0, 40) },
      });
    }
    const kindText = text(cells, 'kind', errors).toLowerCase() || 'startup';
    const kind = BoothKind.safeParse(kindText);
    if (!kind.success) {
      errors.push({
        field: 'kind',
        code: 'unknown_kind',
        message: `kind: one of ${BOOTH_KINDS.join(', ')}`,
        params: { value: kindText.slice(0, 40) },
      });
    }
    const name = localized(cells, 'name', errors);
    if (!name) errors.push({ field: 'name', code: 'required', message: 'name: required in English' });
    const tagline = localized(cells, 'tagline', errors);
    if (!tagline) errors.push({ field: 'tagline', code: 'required', message: 'tagline: required in English' });
    // A booth's card needs a description; until its exhibitor writes one, the tagline stands in.
    const description = localized(cells, 'description', errors) ?? tagline;
    const website = text(cells, 'website', errors);
    const url = website ? WebUrl.safeParse(website) : undefined;
    if (url && !url.success) errors.push({ field: 'website', code: 'bad_url', message: 'website: an http(s) address' });
    const inviteNote = text(cells, 'invite_note', errors);
    if (inviteNote.length > INVITE_LIMITS.noteLength) {
      const params = { max: INVITE_LIMITS.noteLength };
      errors.push({ field: 'invite_note', code: 'too_long', message: 'invite_note: too long', params });
    }

    const nameKey = name ? sameNameKey(name.en) : '';
    if (nameKey && existingNames.has(nameKey)) {
      errors.push({ field: 'name', code: 'exists', message: 'name: a booth of that name exists already' });
    } else if (nameKey && seenNames.has(nameKey)) {
      const params = { row: seenNames.get(nameKey)! };
      errors.push({ field: 'name', code: 'duplicate_in_file', message: `name: same as row ${params.row}`, params });
    }
    if (nameKey && !seenNames.has(nameKey)) seenNames.set(nameKey, row);

    const label = name?.en ?? '';
    if (errors.length > 0 || !name || !tagline || !description || !pavilion.success || !kind.success) {
      return { row, status: 'error', name: label.slice(0, 80), errors };
    }
    const left = room.get(pavilion.data) ?? 0;
    if (left <= 0) {
      const params = { max: pavilionCapacity(event.pavilions.find((p) => p.id === pavilion.data)!.style) };
      const full: ImportRowError = {
        field: 'pavilion',
        code: 'pavilion_full',
        message: `pavilion: no room for more than ${params.max} booths`,
        params,
      };
      return { row, status: 'error', name: label, errors: [full] };
    }
    const content = BoothContent.safeParse({
      name,
      tagline,
      description,
      team: [],
      links: url?.success ? [websiteLink(url.data)] : [],
      videoUrl: null,
    });
    if (!content.success) {
      const invalid: ImportRowError = { field: 'name', code: 'too_long', message: content.error.message };
      return { row, status: 'error', name: label, errors: [invalid] };
    }
    room.set(pavilion.data, left - 1);
    const id = freeBoothId(name.en, pavilion.data, taken);
    taken.add(id);
    return {
      row,
      status: 'ok',
      booth: { id, pavilionId: pavilion.data, kind: kind.data, content: content.data, inviteNote },
    };
  });
}
