import { createHash } from 'node:crypto';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { createGzip } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import type { Backend } from '../db/database.ts';
import { appliedMigrations } from '../db/migrate.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader } from './backupFormat.ts';
import { readTableCatalogue } from './tableCatalogue.ts';

const ROWS_PER_FETCH = 200;
/** Uploads are up to 10 MB each (twice that as hex): a few at a time keep a backup's memory small. */
const ROWS_PER_FETCH_WITH_BYTES = 4;

export interface BackupSummary {
  migrations: string[];
  rows: Record<string, number>;
}

/**
 * Writes every row of every table to `file`. One REPEATABLE READ, read-only transaction makes it
 * a single snapshot, so PostgreSQL can be backed up while the server keeps writing. The file
 * appears under its name only once complete.
 */
export async function writeBackup(db: Kysely<unknown>, backend: Backend, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const out = createWriteStream(partial);
  gzip.pipe(out);
  const hash = createHash('sha256');
  const write = async (value: unknown) => {
    const line = `${JSON.stringify(value)}\n`;
    hash.update(line);
    if (!gzip.write(line)) await once(gzip, 'drain');
  };
  try {
    const summary = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (tx) => {
        // Timestamps are written with their offset anyway; UTC only makes files alike.
        await sql`SET LOCAL TimeZone = 'UTC'`.execute(tx);
        const migrations = await appliedMigrations(tx);
        if (migrations.length === 0) throw new Error('the database has no schema yet: nothing to back up');
        const tables = await readTableCatalogue(tx);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: new Date().toISOString(),
          backend,
          migrations,
          tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
        };
        await write(header);
        const rows: Record<string, number> = {};
        for (const table of tables) {
          let count = 0;
          const values = sql.join(table.columns.map((c, i) => sql`${sql.id(c.name)}::text AS ${sql.id(`c${i}`)}`));
          const order = table.key.length > 0 ? sql`ORDER BY ${sql.join(table.key.map((k) => sql.id(k)))}` : sql``;
          // A cursor keeps memory flat however many rows (and uploaded files) a table holds.
          await sql`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${values} FROM ${sql.id(table.name)} ${order}`.execute(
            tx,
          );
          const perFetch = table.columns.some((c) => c.type === 'bytea') ? ROWS_PER_FETCH_WITH_BYTES : ROWS_PER_FETCH;
          for (;;) {
            const batch = await sql<
              Record<string, string | null>
            >`FETCH ${sql.raw(String(perFetch))} FROM backup_rows`.execute(tx);
            for (const row of batch.rows) await write([table.name, table.columns.map((_, i) => row[`c${i}`] ?? null)]);
            count += batch.rows.length;
            if (batch.rows.length < perFetch) break;
          }
          await sql`CLOSE backup_rows`.execute(tx);
          rows[table.name] = count;
        }
        return { migrations, rows };
      });
    // The trailer's own line is not part of the sum it carries.
    gzip.end(`${JSON.stringify({ end: true, rows: summary.rows, sha256: hash.digest('hex') })}\n`);
    await once(out, 'close');
    renameSync(partial, file);
    return summary;
  } catch (error) {
    gzip.destroy();
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}
