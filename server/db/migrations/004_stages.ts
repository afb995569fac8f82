import { sql, type Kysely } from 'kysely';

/** Each pavilion stage's agenda of pitch slots, and the audience's questions with their votes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stage_slots')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('pavilion_id', 'text', (c) => c.notNull().references('pavilions.id').onDelete('cascade'))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('ends_at', 'timestamptz', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('speaker_name', 'text', (c) => c.notNull())
    .addColumn('booth_id', 'text')
    .addCheckConstraint('stage_slots_ends_after_start', sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex('stage_slots_by_time').on('stage_slots').columns(['pavilion_id', 'starts_at']).execute();

  await db.schema
    .createTable('questions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('pavilion_id', 'text', (c) => c.notNull())
    .addColumn('from_id', 'uuid', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('answered', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('questions_by_stage').on('questions').column('pavilion_id').execute();

  await db.schema
    .createTable('question_votes')
    .addColumn('question_id', 'uuid', (c) => c.notNull().references('questions.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addPrimaryKeyConstraint('question_votes_pkey', ['question_id', 'user_id'])
    .execute();
}
