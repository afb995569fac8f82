import { sql, type Kysely } from 'kysely';

/**
 * At most one announcement is unended, which the database now holds as well as the code; and
 * what was done about an actioned report gets its own column, so the organiser's note is theirs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // A timed announcement ended at the latest when its time ran out.
  await sql`UPDATE announcements SET ended_at = ends_at
            WHERE ends_at IS NOT NULL AND ends_at < COALESCE(ended_at, now())`.execute(db);
  // Of several left unended by a past race, the newest stays.
  await sql`UPDATE announcements a SET ended_at = (SELECT MIN(b.started_at) FROM announcements b
              WHERE b.ended_at IS NULL AND b.started_at > a.started_at)
            WHERE a.ended_at IS NULL AND EXISTS (SELECT 1 FROM announcements b
              WHERE b.ended_at IS NULL AND b.started_at > a.started_at)`.execute(db);
  await sql`CREATE UNIQUE INDEX announcements_one_unended ON announcements ((true)) WHERE ended_at IS NULL`.execute(db);

  await db.schema
    .alterTable('reports')
    .addColumn('action', 'text', (c) => c.check(sql`action IN ('mute', 'remove', 'ban')`))
    .execute();
  // Until now the action was written into the note.
  await sql`UPDATE reports SET action = note, note = ''
            WHERE status = 'actioned' AND note IN ('mute', 'remove', 'ban')`.execute(db);
}
