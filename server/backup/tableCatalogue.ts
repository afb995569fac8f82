import { sql, type Kysely } from 'kysely';

export interface CatalogueColumn {
  name: string;
  /** As PostgreSQL spells it (`timestamp with time zone`, `bytea`…): every value is cast from its text to it. */
  type: string;
}

export interface CatalogueTable {
  name: string;
  columns: CatalogueColumn[];
  /** Primary-key columns, to write rows in a stable order. */
  key: string[];
  /** Tables this one's foreign keys point at. */
  parents: string[];
}

/** Kysely's own bookkeeping: a backup records the level it stands for, not its rows. */
const MIGRATOR_TABLES = ['kysely_migration', 'kysely_migration_lock'];

/**
 * Every table of the database's schema as the database itself lists it, parents before the
 * tables whose foreign keys point at them, so a table added by a later migration is backed
 * up without anyone listing it here.
 */
export async function readTableCatalogue(db: Kysely<unknown>): Promise<CatalogueTable[]> {
  const columns = await sql<{ table: string; name: string; type: string }>`
    SELECT c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND a.attnum > 0
      AND NOT a.attisdropped AND a.attgenerated = ''
    ORDER BY c.relname, a.attnum`.execute(db);
  const keys = await sql<{ table: string; name: string }>`
    SELECT c.relname AS table, a.attname AS name
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE n.nspname = current_schema() AND i.indisprimary
    ORDER BY c.relname, k.position`.execute(db);
  const references = await sql<{ table: string; parent: string }>`
    SELECT DISTINCT c.relname AS table, p.relname AS parent
    FROM pg_constraint f
    JOIN pg_class c ON c.oid = f.conrelid
    JOIN pg_class p ON p.oid = f.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND f.contype = 'f'`.execute(db);

  const tables = new Map<string, CatalogueTable>();
  for (const column of columns.rows) {
    if (MIGRATOR_TABLES.includes(column.table)) continue;
    const table = tables.get(column.table) ?? { name: column.table, columns: [], key: [], parents: [] };
    table.columns.push({ name: column.name, type: column.type });
    tables.set(column.table, table);
  }
  for (const key of keys.rows) tables.get(key.table)?.key.push(key.name);
  for (const ref of references.rows) {
    if (ref.parent !== ref.table) tables.get(ref.table)?.parents.push(ref.parent);
  }
  return parentsFirst([...tables.values()]);
}

/** Orders tables so that each comes after every table it references (a cycle cannot be restored row by row). */
function parentsFirst(tables: CatalogueTable[]): CatalogueTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: CatalogueTable[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: CatalogueTable, path: string[]) => {
    if (state.get(table.name) === 'done') return;
    if (state.get(table.name) === 'visiting') {
      throw new Error(`the foreign keys of ${[...path, table.name].join(' -> ')} form a cycle`);
    }
    state.set(table.name, 'visiting');
    for (const parent of [...table.parents].sort()) {
      const found = byName.get(parent);
      if (found) visit(found, [...path, table.name]);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, []);
  return ordered;
}

/** Sequences owned by a column (serial or identity), with the column whose values they hand out. */
export async function readOwnedSequences(
  db: Kysely<unknown>,
): Promise<{ sequence: string; table: string; column: string }[]> {
  const { rows } = await sql<{ sequence: string; table: string; column: string }>`
    SELECT s.relname AS sequence, t.relname AS table, a.attname AS column
    FROM pg_class s
    JOIN pg_namespace n ON n.oid = s.relnamespace
    JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
    JOIN pg_class t ON t.oid = d.refobjid
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
    WHERE s.relkind = 'S' AND n.nspname = current_schema() AND d.deptype IN ('a', 'i')
    ORDER BY s.relname`.execute(db);
  return rows;
}
