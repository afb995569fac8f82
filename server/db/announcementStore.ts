import { sql, type Kysely, type Selectable } from 'kysely';
import { ANNOUNCEMENT_LIMITS, type Announcement } from '../../shared/announcements.ts';
import type { LocalizedText } from '../../shared/languages.ts';
import type { AnnouncementsTable, Database } from './schema.ts';
import { isoTimeOrNull } from './instants.ts';

export function toAnnouncement(row: Selectable<AnnouncementsTable>): Announcement {
  return {
    id: row.id,
    text: row.text as LocalizedText,
    byName: row.by_name,
    startedAt: new Date(row.started_at).toISOString(),
    endsAt: isoTimeOrNull(row.ends_at),
    endedAt: isoTimeOrNull(row.ended_at),
  };
}

export interface NewAnnouncement {
  text: LocalizedText;
  byId: string;
  byName: string;
  /** How long it shows; without it, until ended. */
  minutes: number | undefined;
}

/** When an announcement stops showing if it is ended at `at`: then, or when its time ran out if that was earlier. */
const endedBy = (at: Date) => sql<Date>`LEAST(${at}::timestamptz, ends_at)`;

/**
 * Starts an announcement; one still running is ended in the same transaction, so there is
 * never more than one banner. The table lock makes two starts at once take turns (each would
 * otherwise end only what it saw, both staying unended), and a unique index backs it up.
 */
export async function startAnnouncement(db: Kysely<Database>, entry: NewAnnouncement): Promise<Announcement> {
  return db.transaction().execute(async (tx) => {
    await sql`LOCK TABLE announcements IN SHARE ROW EXCLUSIVE MODE`.execute(tx);
    // Taken once it is this start's turn, so start times follow the order the starts happen
    // in, and both moments from one clock, so that a timed announcement runs exactly its minutes.
    const startedAt = new Date();
    const endsAt = entry.minutes ? new Date(startedAt.getTime() + entry.minutes * 60_000) : null;
    await tx
      .updateTable('announcements')
      .set({ ended_at: endedBy(startedAt) })
      .where('ended_at', 'is', null)
      .execute();
    const row = await tx
      .insertInto('announcements')
      .values({
        text: JSON.stringify(entry.text),
        by_id: entry.byId,
        by_name: entry.byName,
        started_at: startedAt,
        ends_at: endsAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toAnnouncement(row);
  });
}

/**
 * Ends an announcement at `at` (or when it ran out, if earlier); undefined when there is no
 * such announcement. An ended one stays as it was.
 */
export async function endAnnouncement(
  db: Kysely<Database>,
  id: string,
  at = new Date(),
): Promise<Announcement | undefined> {
  await db
    .updateTable('announcements')
    .set({ ended_at: endedBy(at) })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .execute();
  const row = await db.selectFrom('announcements').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAnnouncement(row);
}

/** The announcement not ended by anyone, newest first; whether it has run out is for the caller to see. */
export async function findUnended(db: Kysely<Database>): Promise<Announcement | undefined> {
  const row = await db
    .selectFrom('announcements')
    .selectAll()
    .where('ended_at', 'is', null)
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toAnnouncement(row);
}

export async function listAnnouncements(db: Kysely<Database>): Promise<Announcement[]> {
  const rows = await db
    .selectFrom('announcements')
    .selectAll()
    .orderBy('started_at', 'desc')
    .limit(ANNOUNCEMENT_LIMITS.listed)
    .execute();
  return rows.map(toAnnouncement);
}
