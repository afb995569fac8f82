import { sql, type Kysely } from 'kysely';

/**
 * Business cards exchanged between two people, each card as it was at that moment: a later
 * change of a profile does not rewrite what was already handed over.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('card_exchanges')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('a_id', 'uuid', (c) => c.notNull().references('sessions.user_id').onDelete('cascade'))
    .addColumn('b_id', 'uuid', (c) => c.notNull().references('sessions.user_id').onDelete('cascade'))
    .addColumn('a_card', 'jsonb', (c) => c.notNull())
    .addColumn('b_card', 'jsonb', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('exchanged_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('card_exchanges_two_people', sql`a_id <> b_id`)
    .execute();
  await db.schema.createIndex('card_exchanges_by_a').on('card_exchanges').columns(['a_id', 'exchanged_at']).execute();
  await db.schema.createIndex('card_exchanges_by_b').on('card_exchanges').columns(['b_id', 'exchanged_at']).execute();
}
