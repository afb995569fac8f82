import { sql, type Kysely } from 'kysely';

/** Halls named after the member states' capitals; their seats differ so the choice means something. */
const HALLS = [
  { id: 'baku', name: 'Baku', country: 'az', seats: 24 },
  { id: 'astana', name: 'Astana', country: 'kz', seats: 30 },
  { id: 'bishkek', name: 'Bishkek', country: 'kg', seats: 16 },
  { id: 'ankara', name: 'Ankara', country: 'tr', seats: 20 },
  { id: 'tashkent', name: 'Tashkent', country: 'uz', seats: 12 },
];

/**
 * Side meetings. No hall and no person may be booked twice for overlapping times: the
 * database itself refuses it with exclusion constraints on time ranges, so two bookings racing
 * each other through separate connections cannot both win.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // `=` on text and uuid inside a GiST index needs btree_gist (a trusted extension: the owner may create it).
  await sql`CREATE EXTENSION IF NOT EXISTS btree_gist`.execute(db);

  await db.schema
    .createTable('meeting_halls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('seats', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  // Typed as the table stands in this migration, not as it may look later.
  await (db as Kysely<{ meeting_halls: (typeof HALLS)[number] & { position: number } }>)
    .insertInto('meeting_halls')
    .values(HALLS.map((hall, position) => ({ ...hall, position })))
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('hall_id', 'text', (c) => c.notNull().references('meeting_halls.id'))
    .addColumn('host_id', 'uuid', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('scheduled'))
    .addColumn('languages', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('no_recording', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('meetings_ends_after_start', sql`ends_at > starts_at`)
    .addCheckConstraint('meetings_status', sql`status in ('scheduled', 'cancelled', 'ended')`)
    .addCheckConstraint('meetings_languages_array', sql`jsonb_typeof(languages) = 'array'`)
    .execute();
  await sql`ALTER TABLE meetings ADD CONSTRAINT meetings_hall_no_overlap
    EXCLUDE USING gist (hall_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (status = 'scheduled')`.execute(db);

  // Each person's row carries the meeting's times, so one constraint can see all of a person's meetings.
  await db.schema
    .createTable('meeting_participants')
    .addColumn('meeting_id', 'uuid', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('verified', 'boolean', (c) => c.notNull())
    .addColumn('host', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('rsvp', 'text', (c) => c.notNull().defaultTo('invited'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('meeting_participants_pkey', ['meeting_id', 'user_id'])
    .addCheckConstraint('meeting_participants_rsvp', sql`rsvp in ('invited', 'accepted', 'declined')`)
    .execute();
  await sql`ALTER TABLE meeting_participants ADD CONSTRAINT meeting_participants_person_no_overlap
    EXCLUDE USING gist (user_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
    WHERE (active)`.execute(db);
  await db.schema.createIndex('meeting_participants_by_user').on('meeting_participants').column('user_id').execute();
}
