import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { Kysely, PostgresDialect, type Dialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { countingErrors, type OnDatabaseError } from './countingErrors.ts';
import { migrateToLatest } from './migrate.ts';
import type { Database } from './schema.ts';

export type Backend = 'pglite' | 'postgres';

export interface Db {
  db: Kysely<Database>;
  backend: Backend;
  close(): Promise<void>;
}

export interface DbOptions {
  /** A PostgreSQL connection string; without it PGlite keeps the data under `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  /** Told about connections PostgreSQL closed while they sat idle in the pool. */
  onIdleError?: (error: Error) => void;
  /** Told about every query, transaction or connection attempt that failed (the caller still gets the error). */
  onQueryError?: OnDatabaseError;
  /** False leaves the schema as it is (a restore brings it to its backup's level itself). */
  migrate?: boolean;
}

/** Opens PostgreSQL or embedded PGlite, runs the migrations, and hands back one typed query builder. */
export async function openDatabase(options: DbOptions): Promise<Db> {
  let db: Kysely<Database>;
  let backend: Backend;
  const { onQueryError } = options;
  const reporting = (dialect: Dialect) => (onQueryError ? countingErrors(dialect, onQueryError) : dialect);
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // A restarted or dropped database ends idle connections; unhandled, that would end the process.
    pool.on('error', (error) => options.onIdleError?.(error));
    db = new Kysely<Database>({ dialect: reporting(new PostgresDialect({ pool })) });
    backend = 'postgres';
  } else {
    const dir = path.resolve(options.dataDir, 'pglite');
    mkdirSync(dir, { recursive: true });
    // The meetings' exclusion constraints need btree_gist, which PGlite loads only when asked.
    const client = await PGlite.create(dir, { extensions: { btree_gist } });
    db = new Kysely<Database>({ dialect: reporting(new PGliteDialect(client)) });
    backend = 'pglite';
  }
  try {
    if (options.migrate !== false) await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return { db, backend, close: () => db.destroy() };
}
