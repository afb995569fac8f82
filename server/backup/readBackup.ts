import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { z } from 'zod';
import { describeZodError } from '../../shared/errors.ts';
import { BackupHeader, BackupRefused, BackupRow, BackupTrailer, BACKUP_FORMAT } from './backupFormat.ts';

type Line = { kind: 'header'; header: BackupHeader } | { kind: 'row'; table: string; values: (string | null)[] };

function parse<T>(schema: z.ZodType<T>, text: string, what: string, lineNumber: number): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupRefused(`line ${lineNumber} is not JSON: the file is damaged`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new BackupRefused(
      `line ${lineNumber} is not ${what} (${describeZodError(parsed.error)}): the file is damaged`,
    );
  return parsed.data;
}

/**
 * Reads a backup line by line, checking as it goes that every row belongs to a table of the
 * header with the header's number of columns; at the end, that the trailer's counts and checksum
 * match what came before. A damaged or cut-off file throws a BackupRefused, at the latest after
 * its last row: read it through once before trusting any row.
 */
export async function* readBackup(file: string): AsyncGenerator<Line> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new BackupRefused(`there is no file ${file}`);
  const gunzip = createGunzip();
  const lines = createInterface({ input: createReadStream(file).pipe(gunzip), crlfDelay: Infinity });
  // readline does not pass on the stream's errors: a cut-off or corrupt gzip is caught here.
  let streamError: Error | undefined;
  gunzip.on('error', (error) => {
    streamError = error;
    lines.close();
  });
  const hash = createHash('sha256');
  let header: BackupHeader | undefined;
  let widths = new Map<string, number>();
  const counts: Record<string, number> = {};
  let trailer: BackupTrailer | undefined;
  let lineNumber = 0;
  try {
    for await (const text of lines) {
      lineNumber++;
      if (trailer) throw new BackupRefused(`line ${lineNumber} follows the end of the backup: the file is damaged`);
      if (!header) {
        const looksLike = text.includes(`"${BACKUP_FORMAT}"`);
        if (!looksLike) throw new BackupRefused('this is not a Turkic Metaverse backup');
        header = parse(BackupHeader, text, 'a backup header this version reads', lineNumber);
        widths = new Map(header.tables.map((t) => [t.name, t.columns.length]));
        for (const t of header.tables) counts[t.name] = 0;
        hash.update(`${text}\n`);
        yield { kind: 'header', header };
        continue;
      }
      if (text.startsWith('{')) {
        trailer = parse(BackupTrailer, text, 'the end of a backup', lineNumber);
        continue;
      }
      const [table, values] = parse(BackupRow, text, 'a row', lineNumber);
      if (widths.get(table) !== values.length) {
        throw new BackupRefused(
          `line ${lineNumber} is a row of ${table} that the header does not describe: the file is damaged`,
        );
      }
      counts[table]!++;
      hash.update(`${text}\n`);
      yield { kind: 'row', table, values };
    }
  } catch (error) {
    if (streamError) throw new BackupRefused(`the file is damaged or cut off (${streamError.message})`);
    throw error;
  }
  if (streamError) throw new BackupRefused(`the file is damaged or cut off (${streamError.message})`);
  if (!header) throw new BackupRefused('the file is empty');
  if (!trailer) throw new BackupRefused('the file ends before its last line: it was cut off');
  if (trailer.sha256 !== hash.digest('hex'))
    throw new BackupRefused('its checksum does not match: the file is damaged');
  for (const [table, count] of Object.entries(counts)) {
    if (trailer.rows[table] !== count) {
      throw new BackupRefused(`it holds ${count} rows of ${table} where it should hold ${trailer.rows[table] ?? 0}`);
    }
  }
}

/** Reads the whole file once, checking it, and gives back its header and row counts. */
export async function checkBackup(file: string): Promise<{ header: BackupHeader; rows: Record<string, number> }> {
  let header: BackupHeader | undefined;
  const rows: Record<string, number> = {};
  for await (const line of readBackup(file)) {
    if (line.kind === 'header') header = line.header;
    else rows[line.table] = (rows[line.table] ?? 0) + 1;
  }
  // readBackup throws for a file without a header, so this is never reached without one.
  if (!header) throw new BackupRefused('the file is empty');
  return { header, rows };
}
