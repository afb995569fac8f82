/**
 * `npm run restore -- <file>` replaces every row of the server's database (PGlite in DATA_DIR,
 * or PostgreSQL at DATABASE_URL) with a backup's. Stop the server first: its rooms hold state
 * the restore would pull from under them.
 */
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { openForBackup } from '../server/backup/openForBackup.ts';
import { restoreBackup } from '../server/backup/restoreBackup.ts';
import { loadConfig } from '../server/config.ts';

const USAGE = 'usage: npm run restore -- <backup file>';

function fail(message: string, code = 1): never {
  console.error(`restore: ${message}`);
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

let file: string;
try {
  const { positionals } = parseArgs({ allowPositionals: true, options: {} });
  if (positionals.length !== 1) fail('name one backup file', 2);
  file = positionals[0]!;
} catch (error) {
  fail((error as Error).message.split('\n')[0] ?? 'bad arguments', 2);
}

try {
  const config = loadConfig();
  const database = await openForBackup(config);
  try {
    const { migrations, rows } = await restoreBackup(database.db as Kysely<unknown>, file);
    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    console.log(
      `restore: ${total} rows of ${Object.keys(rows).length} tables (schema ${migrations.at(-1)}) restored into ${database.backend} from ${file}`,
    );
  } finally {
    await database.close();
  }
} catch (error) {
  fail(`${file} was not restored: ${error instanceof Error ? error.message : String(error)}`);
}
