import { z } from 'zod';
import { Booth } from './booths.ts';
import { CountryId } from './countries.ts';

/**
 * An exhibitor list, from a spreadsheet (CSV) or JSON: what is sent, and what the server answers
 * row by row. Reading the file is exhibitorImportReader.ts, checking its rows exhibitorImportRows.ts.
 */

export const IMPORT_LIMITS = { rows: 500, bytes: 1_000_000 } as const;

export const utf8Length = (text: string) => new TextEncoder().encode(text).length;

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
export const TRANSLATED = ['name', 'tagline', 'description'] as const;
export type Translated = (typeof TRANSLATED)[number];

export const IMPORT_ROW_CODES = [
  'required',
  'too_long',
  'invalid',
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
