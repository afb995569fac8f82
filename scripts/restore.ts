/**
 * `npm run restore -- <file>` replaces every row of the server's database (PGlite in DATA_DIR,
 * or PostgreSQL at DATABASE_URL) with a backup's. Stop the server first: its rooms hold state
 * the restore would pull from under them.
 */
import { parseArgs } from 'node:util';
import { restoreBackup } from '../server/backup/restoreBackup.ts';
import { failureOf, onServerDatabase, summary, type Fail } from './backupCommand.ts';

// Typed out: TypeScript follows a call that never returns only through a declared type.
const fail: Fail = failureOf('restore', 'usage: npm run restore -- <backup file>');

let file: string;
try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) fail('name one backup file', 2);
  file = positionals[0]!;
} catch (error) {
  fail((error as Error).message.split('\n')[0] ?? 'bad arguments', 2);
}

try {
  await onServerDatabase(async (db, backend) => {
    const { migrations, rows } = await restoreBackup(db, file);
    console.log(`restore: ${summary(migrations, rows)} restored into ${backend} from ${file}`);
  });
} catch (error) {
  fail(`${file} was not restored: ${error instanceof Error ? error.message : String(error)}`);
}
