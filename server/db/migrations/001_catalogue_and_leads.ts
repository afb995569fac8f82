import { sql, type Kysely } from 'kysely';

/** The event catalogue, uploaded files, leads, booth visits and invitations. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('subtitle', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pavilions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('events.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('observer', 'boolean', (c) => c.notNull())
    .addColumn('style', 'text', (c) => c.notNull())
    .addColumn('colors', 'jsonb', (c) => c.notNull())
    .addColumn('name', 'jsonb', (c) => c.notNull())
    .addColumn('tagline', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('booths')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('pavilion_id', 'text', (c) => c.notNull().references('pavilions.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sample', 'boolean', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('logo_file_id', 'uuid')
    .addColumn('brochure_file_id', 'uuid')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('booth_id', 'text', (c) => c.notNull().references('booths.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createTable('leads')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('booth_id', 'text', (c) => c.notNull().references('booths.id'))
    .addColumn('visitor_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('leads_once_per_visitor', ['booth_id', 'visitor_id'])
    .execute();
  await db.schema.createIndex('leads_by_booth_time').on('leads').columns(['booth_id', 'created_at']).execute();
  await db.schema
    .createTable('booth_visits')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('booth_id', 'text', (c) => c.notNull().references('booths.id'))
    .addColumn('visitor_id', 'text', (c) => c.notNull())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ended_at', 'timestamptz', (c) => c.notNull())
    .addColumn('dwell_ms', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('visits_by_booth_time').on('booth_visits').columns(['booth_id', 'started_at']).execute();
  await db.schema
    .createTable('invites')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('booth_id', 'text', (c) => c.references('booths.id'))
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}
