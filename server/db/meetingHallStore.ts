import { sql, type Kysely } from 'kysely';
import type { CountryId } from '../../shared/countries.ts';
import type { BusyRange, MeetingHall } from '../../shared/meetings.ts';
import type { Database } from './schema.ts';

const halls = (db: Kysely<Database>) => db.selectFrom('meeting_halls').select(['id', 'name', 'country', 'seats']);
const asHall = (row: Omit<MeetingHall, 'country'> & { country: string }): MeetingHall => ({
  ...row,
  country: row.country as CountryId,
});

export async function listHalls(db: Kysely<Database>): Promise<MeetingHall[]> {
  return (await halls(db).where('retired_at', 'is', null).orderBy('position').execute()).map(asHall);
}

export async function findHall(db: Kysely<Database>, id: string): Promise<MeetingHall | undefined> {
  const row = await halls(db).where('id', '=', id).executeTakeFirst();
  return row && asHall(row);
}

/** When a hall is taken between two instants: times only, never what or who. */
export async function hallBusy(db: Kysely<Database>, hallId: string, from: Date, to: Date): Promise<BusyRange[]> {
  const rows = await db
    .selectFrom('meetings')
    .select(['starts_at', 'ends_at'])
    .where('hall_id', '=', hallId)
    .where('status', '=', 'scheduled')
    .where(sql<boolean>`tstzrange(starts_at, ends_at, '[)') && tstzrange(${from}, ${to}, '[)')`)
    .orderBy('starts_at')
    .execute();
  return rows.map((row) => ({
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
  }));
}
