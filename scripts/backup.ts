/**
 * `npm run backup [-- --out file]` writes every table of the server's database (PGlite in
 * DATA_DIR, or PostgreSQL at DATABASE_URL), uploaded files included, to one gzip'd file;
 * by default backups/backup-<time>.jsonl.gz. PostgreSQL may be backed up while the server runs;
 * the embedded database only while it is stopped.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeBackup } from '../server/backup/writeBackup.ts';
import { failureOf, onServerDatabase, summary, type Fail } from './backupCommand.ts';

// Typed out: TypeScript follows a call that never returns only through a declared type.
const fail: Fail = failureOf('backup', 'usage: npm run backup [-- --out <file>]');

let out: string;
try {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  out = values.out ?? path.join('backups', `backup-${new Date().toISOString().replace(/[:.]/g, '-')}.jsonl.gz`);
} catch (error) {
  fail((error as Error).message.split('\n')[0] ?? 'bad arguments', 2);
}

try {
  await onServerDatabase(async (db, backend) => {
    mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    const { migrations, rows } = await writeBackup(db, backend, out);
    console.log(`backup: ${summary(migrations, rows)} from ${backend} written to ${out}`);
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
