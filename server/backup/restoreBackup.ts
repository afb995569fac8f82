import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import { appliedMigrations, migrateTo, migrateToLatest, MIGRATION_NAMES } from '../db/migrate.ts';
import { BackupRefused, type BackupHeader } from './backupFormat.ts';
import { checkBackup, readBackup } from './readBackup.ts';
import { readOwnedSequences, readTableCatalogue, type CatalogueTable } from './tableCatalogue.ts';

/** Rows per INSERT, and the text they may carry at most, so that large uploads go a few at a time. */
const ROWS_PER_INSERT = 500;
const BYTES_PER_INSERT = 8 * 1024 * 1024;

export interface RestoreSummary {
  migrations: string[];
  rows: Record<string, number>;
}

function isPrefix(short: readonly string[], long: readonly string[]): boolean {
  return short.length <= long.length && short.every((name, i) => long[i] === name);
}

/**
 * Replaces every row of the database with the backup's. The file is read through and checked
 * before anything is touched; the schema is brought to the backup's level; then, in ONE
 * transaction, every table is emptied, the rows go back parents first and sequences are moved
 * past them. Whatever fails leaves the rows as they were. Afterwards the schema is brought up
 * to this version's level, as the server would on start.
 */
export async function restoreBackup(db: Kysely<unknown>, file: string): Promise<RestoreSummary> {
  const { header } = await checkBackup(file);
  if (!isPrefix(header.migrations, MIGRATION_NAMES)) {
    const unknown = header.migrations.find((name) => !MIGRATION_NAMES.includes(name));
    throw new BackupRefused(
      `it was made by a newer version of the expo (its schema has migration ${unknown ?? header.migrations.at(-1)}, unknown to this one): update this checkout before restoring it`,
    );
  }
  const applied = await appliedMigrations(db);
  if (!isPrefix(applied, MIGRATION_NAMES)) {
    throw new BackupRefused('this database was set up by a newer version of the expo: restore with that version');
  }
  if (!isPrefix(applied, header.migrations)) {
    throw new BackupRefused(
      `this database's schema (${applied.at(-1)}) is newer than the backup's (${header.migrations.at(-1)}): restore it into a fresh database (an empty DATA_DIR, or a new PostgreSQL database)`,
    );
  }
  await migrateTo(db, header.migrations.at(-1));

  const tables = await readTableCatalogue(db);
  checkSameTables(header, tables);
  const rows = await db.transaction().execute(async (tx) => {
    await sql`SET LOCAL TimeZone = 'UTC'`.execute(tx);
    if (tables.length > 0) await sql`TRUNCATE ${sql.join(tables.map((t) => sql.id(t.name)))}`.execute(tx);
    const counts = await insertRows(tx, file, new Map(tables.map((t) => [t.name, t])));
    await moveSequencesPastRows(tx);
    return counts;
  });
  await migrateToLatest(db);
  return { migrations: header.migrations, rows };
}

/** After migrating to the backup's level the tables must be the backup's, in an order whose parents come first. */
function checkSameTables(header: BackupHeader, tables: CatalogueTable[]): void {
  const describe = (list: { name: string; columns: { name: string; type: string }[] }[]) =>
    list
      .map((t) => `${t.name}(${t.columns.map((c) => `${c.name} ${c.type}`).join(', ')})`)
      .sort()
      .join('; ');
  if (describe(header.tables) !== describe(tables)) {
    throw new BackupRefused(
      "its tables differ from this database's at the same schema level: the schema was changed by hand on one side",
    );
  }
  const position = new Map(header.tables.map((t, i) => [t.name, i]));
  for (const table of tables) {
    for (const parent of table.parents) {
      if (position.get(parent)! > position.get(table.name)!) {
        throw new BackupRefused(`its rows of ${table.name} come before those of ${parent}, which they refer to`);
      }
    }
  }
}

async function insertRows(
  tx: Transaction<unknown>,
  file: string,
  tables: Map<string, CatalogueTable>,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let pending: { table: CatalogueTable; rows: (string | null)[][]; bytes: number } | undefined;
  const flush = async () => {
    if (!pending || pending.rows.length === 0) return;
    const { table, rows } = pending;
    const columns = sql.join(table.columns.map((c) => sql.id(c.name)));
    const values = sql.join(rows.map((row) => valuesOf(table, row)));
    // An identity column declared GENERATED ALWAYS takes the backup's value only when told to.
    await sql`INSERT INTO ${sql.id(table.name)} (${columns}) OVERRIDING SYSTEM VALUE VALUES ${values}`.execute(tx);
    counts[table.name] = (counts[table.name] ?? 0) + rows.length;
    pending = undefined;
  };
  for await (const line of readBackup(file)) {
    if (line.kind !== 'row') continue;
    const table = tables.get(line.table)!;
    if (pending && pending.table !== table) await flush();
    pending ??= { table, rows: [], bytes: 0 };
    pending.rows.push(line.values);
    pending.bytes += line.values.reduce((sum, v) => sum + (v?.length ?? 0), 0);
    if (pending.rows.length >= ROWS_PER_INSERT || pending.bytes >= BYTES_PER_INSERT) await flush();
  }
  await flush();
  for (const table of tables.keys()) counts[table] ??= 0;
  return counts;
}

/** Each value is sent as text and read by its column type's own input (PGlite would otherwise take a bytea's text for bytes). */
function valuesOf(table: CatalogueTable, row: (string | null)[]): RawBuilder<unknown> {
  return sql`(${sql.join(row.map((value, i) => sql`${value}::text::${sql.raw(table.columns[i]!.type)}`))})`;
}

/** Serial and identity columns hand out numbers after the restored rows', not numbers already taken. */
async function moveSequencesPastRows(tx: Transaction<unknown>): Promise<void> {
  for (const { sequence, table, column } of await readOwnedSequences(tx)) {
    await sql`SELECT setval(quote_ident(${sequence})::regclass, COALESCE(MAX(${sql.id(column)}), 1), MAX(${sql.id(column)}) IS NOT NULL)
              FROM ${sql.id(table)}`.execute(tx);
  }
}
