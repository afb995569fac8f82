import type { Kysely } from 'kysely';

/** A meeting may be end-to-end encrypted: its voice and video sealed with a key only the people in it hold. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('meetings')
    .addColumn('e2ee', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
}
