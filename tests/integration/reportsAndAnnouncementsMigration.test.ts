import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/database.ts';
import { up } from '../../server/db/migrations/013_one_announcement_and_report_actions.ts';
import { BACKENDS } from '../fixtures/databases.ts';

describe.each(BACKENDS)('migration 013 on data written before it, on $name', { timeout: 60_000 }, ({ create }) => {
  it('moves the action out of the note, and ends announcements left running or stamped too late', async () => {
    const target = await create();
    const { db, close } = await openDatabase({ databaseUrl: target.env.DATABASE_URL, dataDir: target.env.DATA_DIR });
    try {
      // Back to how the tables were before 013.
      await sql`DROP INDEX announcements_one_unended`.execute(db);
      await db.schema.alterTable('reports').dropColumn('action').execute();

      const people = ['a', 'b'].map((name) => ({ user_id: crypto.randomUUID(), name, country: 'kz', role: 'visitor' }));
      await db.insertInto('sessions').values(people).execute();
      const reports = await db
        .insertInto('reports')
        .values(
          [
            { status: 'actioned', note: 'ban' },
            { status: 'actioned', note: 'Warned twice' },
            { status: 'dismissed', note: 'mute' },
          ].map((r) => ({
            ...r,
            reporter_id: people[0]!.user_id,
            reported_id: people[1]!.user_id,
            reason: 'spam',
            details: '',
          })),
        )
        .returning('id')
        .execute();

      const now = Date.now();
      const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
      const said = (started: number, endsAt: Date | null, endedAt: Date | null) => ({
        text: JSON.stringify({ en: 'x' }),
        by_id: people[0]!.user_id,
        by_name: 'Chief',
        started_at: at(started),
        ends_at: endsAt,
        ended_at: endedAt,
      });
      const announcements = await db
        .insertInto('announcements')
        .values([
          said(60, at(50), at(40)), // ended by the next start, after it had run out
          said(40, at(30), null), // ran out, never ended
          said(20, null, null), // left running by a race
          said(10, null, null), // the newest, running
        ])
        .returning('id')
        .execute();

      await up(db as never);

      const actions = await db.selectFrom('reports').select(['id', 'action', 'note']).execute();
      const byId = (id: string) => actions.find((r) => r.id === id);
      expect(byId(reports[0]!.id)).toMatchObject({ action: 'ban', note: '' });
      expect(byId(reports[1]!.id)).toMatchObject({ action: null, note: 'Warned twice' });
      expect(byId(reports[2]!.id)).toMatchObject({ action: null, note: 'mute' });

      const rows = await db.selectFrom('announcements').select(['id', 'ended_at']).execute();
      const endOf = (i: number) => rows.find((r) => r.id === announcements[i]!.id)!.ended_at?.getTime() ?? null;
      expect(endOf(0)).toBe(at(50).getTime());
      expect(endOf(1)).toBe(at(30).getTime());
      expect(endOf(2)).toBe(at(10).getTime());
      expect(endOf(3)).toBeNull();
      // And from now on the database itself refuses a second running one.
      await expect(
        db
          .insertInto('announcements')
          .values(said(0, null, null))
          .execute(),
      ).rejects.toThrow();
    } finally {
      await close();
      await target.drop();
    }
  });
});
