/** What `npm run backup` and `npm run restore` share: how they fail, and the server's own database. */
import type { Kysely } from 'kysely';
import { openForBackup } from '../server/backup/openForBackup.ts';
import { loadConfig } from '../server/config.ts';
import type { Backend } from '../server/db/database.ts';

/**
 * Ends the command with its message on stderr: exit code 1 for a refusal, 2 for bad arguments
 * (then with the usage line too).
 */
export type Fail = (message: string, code?: 1 | 2) => never;

export function failureOf(command: string, usage: string): Fail {
  return (message, code = 1) => {
    console.error(`${command}: ${message}`);
    if (code === 2) console.error(usage);
    process.exit(code);
  };
}

/** Runs `work` on the database the server's configuration names (PostgreSQL at DATABASE_URL, or PGlite in DATA_DIR), then closes it. */
export async function onServerDatabase<T>(work: (db: Kysely<unknown>, backend: Backend) => Promise<T>): Promise<T> {
  const database = await openForBackup(loadConfig());
  try {
    return await work(database.db as Kysely<unknown>, database.backend);
  } finally {
    await database.close();
  }
}

/** "12 rows of 3 tables (schema 013_…)": what a backup holds. */
export function summary(migrations: string[], rows: Record<string, number>): string {
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  return `${total} rows of ${Object.keys(rows).length} tables (schema ${migrations.at(-1)})`;
}
