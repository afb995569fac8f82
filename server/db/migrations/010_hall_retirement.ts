import type { Kysely } from 'kysely';

/**
 * Organisers take meeting halls out of use. A hall that past meetings were held in stays as a
 * row, marked retired, so those meetings (and the export of the event) still name their hall.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('meeting_halls').addColumn('retired_at', 'timestamptz').execute();
}
