import { sql, type Kysely } from 'kysely';

/**
 * Organisers' announcements, kept so that one still running survives a restart; and visitors'
 * reports of other people, open until an organiser dismisses or acts on them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('announcements')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('text', 'jsonb', (c) => c.notNull())
    .addColumn('by_id', 'uuid', (c) => c.notNull())
    .addColumn('by_name', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('ends_at', 'timestamptz')
    .addColumn('ended_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('announcements_by_start').on('announcements').column('started_at').execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reporter_id', 'uuid', (c) => c.notNull().references('sessions.user_id').onDelete('cascade'))
    .addColumn('reported_id', 'uuid', (c) => c.notNull().references('sessions.user_id').onDelete('cascade'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('place', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('open')
        .check(sql`status IN ('open', 'dismissed', 'actioned')`),
    )
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addCheckConstraint('reports_not_oneself', sql`reporter_id <> reported_id`)
    .execute();
  await db.schema.createIndex('reports_by_status').on('reports').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('reports_by_reporter').on('reports').columns(['reporter_id', 'created_at']).execute();
}
