import { sql, type Kysely } from 'kysely';

/**
 * A removed booth's id is never given to another booth: an exhibitor's session names its booth
 * by id, and one issued for the removed booth must not come to own a new one of the same id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('retired_booth_ids')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('retired_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
