/**
 * `npm run backup [-- --out file]` writes every table of the server's database (PGlite in
 * DATA_DIR, or PostgreSQL at DATABASE_URL), uploaded files included, to one gzip'd file;
 * by default backups/backup-<time>.jsonl.gz. PostgreSQL may be backed up while the server runs;
 * the embedded database only while it is stopped.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { openForBackup } from '../server/backup/openForBackup.ts';
import { writeBackup } from '../server/backup/writeBackup.ts';
import { loadConfig } from '../server/config.ts';

const USAGE = 'usage: npm run backup [-- --out <file>]';

function fail(message: string, code = 1): never {
  console.error(`backup: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

let out: string;
try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  out = values.out ?? path.join('backups', `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`);
} catch (error) {
  fail((error as Error).message.split('\n')[0] ?? 'bad arguments', 2);
}

try {
  const config = loadConfig();
  const database = await openForBackup(config);
  try {
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    const { migrations, rows } = await writeBackup(database.db as Kysely<unknown>, database.backend, out);
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    console.log(
      `backup: ${total} rows of ${Object.keys(rows).length} tables (schema ${migrations.at(-1)}) from ${database.backend} written to ${out}`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
