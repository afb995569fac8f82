import { sql, type Kysely, type Transaction } from 'kysely';
import type { CountryId } from '../../shared/countries.ts';
import { slugify } from '../../shared/eventSetup.ts';
import type { HallChange, HallCreate } from '../../shared/halls.ts';
import type { MeetingHall } from '../../shared/meetings.ts';
import { isoTime } from './instants.ts';
import type { Database } from './schema.ts';

/** Why a hall could not be changed or taken out of use. */
export type HallSetupOutcome<T> = { ok: true; value: T } | { ok: false; reason: 'not_found' | 'in_use' };

const HALL_COLUMNS = ['id', 'name', 'country', 'seats'] as const;
const asHall = (row: { id: string; name: string; country: string; seats: number }): MeetingHall => ({
  ...row,
  country: row.country as CountryId,
});

/**
 * "Samarkand Room" → "samarkand-room", "Bakı" → "baki": the booths' slug (shared/eventSetup.ts, so
 * both spell a name alike) without its digits, since hall ids are letters and hyphens only.
 */
export function hallSlug(name: string): string {
  const slug = slugify(name)
    .replace(/[0-9]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : 'hall';
}

function randomLetters(n: number): string {
  return Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
}

/**
 * A new hall, last in the list. Its id comes from its name; an id already taken (a retired hall's
 * too, whose past meetings still name it) gets a few random letters after it.
 */
export async function createHall(db: Kysely<Database>, hall: HallCreate): Promise<MeetingHall> {
  const base = hallSlug(hall.name);
  for (let attempt = 0; ; attempt++) {
    const id = attempt === 0 ? base : `${base}-${randomLetters(4)}`;
    const row = await db
      .insertInto('meeting_halls')
      .values({
        id,
        name: hall.name,
        country: hall.country,
        seats: hall.seats,
        position: sql<number>`(select coalesce(max(position), -1) + 1 from meeting_halls)`,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning(HALL_COLUMNS)
      .executeTakeFirst();
    if (row) return asHall(row);
    if (attempt >= 5) throw new Error(`could not find a free id for hall "${hall.name}"`);
  }
}

/** An upcoming meeting with more people invited than a hall would seat. */
export interface Overbooked {
  title: string;
  startsAt: string;
  invited: number;
}

/** Locks a hall still in use, as a booking does, so a change and a booking take turns; false when there is none. */
export async function lockHallInUse(tx: Transaction<Database>, id: string): Promise<boolean> {
  const hall = await tx
    .selectFrom('meeting_halls')
    .select('id')
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  return hall !== undefined;
}

/**
 * Changes a hall, unless fewer seats would leave a meeting that has not ended with more people
 * invited (declined ones not counted) than it seats. The row is locked first, as a booking locks
 * it, so an invitation accepted meanwhile is counted.
 */
export async function changeHall(
  db: Kysely<Database>,
  id: string,
  change: HallChange,
  now = new Date(),
): Promise<HallSetupOutcome<MeetingHall> | { ok: false; reason: 'too_small'; meeting: Overbooked }> {
  return db.transaction().execute(async (tx) => {
    if (!(await lockHallInUse(tx, id))) return { ok: false, reason: 'not_found' } as const;
    if (change.seats !== undefined) {
      const invited = sql<string>`count(*)`;
      const fullest = await tx
        .selectFrom('meetings')
        .innerJoin('meeting_participants', 'meeting_participants.meeting_id', 'meetings.id')
        .select(['meetings.title', 'meetings.starts_at', invited.as('invited')])
        .where('meetings.hall_id', '=', id)
        .where('meetings.status', '=', 'scheduled')
        .where('meetings.ends_at', '>', now)
        .where('meeting_participants.rsvp', '<>', 'declined')
        .groupBy(['meetings.id', 'meetings.title', 'meetings.starts_at'])
        .having(invited, '>', String(change.seats))
        .orderBy('meetings.starts_at')
        .limit(1)
        .executeTakeFirst();
      if (fullest)
        return {
          ok: false,
          reason: 'too_small',
          meeting: { title: fullest.title, startsAt: isoTime(fullest.starts_at), invited: Number(fullest.invited) },
        } as const;
    }
    const row = await tx
      .updateTable('meeting_halls')
      .set({
        ...(change.name !== undefined && { name: change.name }),
        ...(change.country !== undefined && { country: change.country }),
        ...(change.seats !== undefined && { seats: change.seats }),
      })
      .where('id', '=', id)
      .returning(HALL_COLUMNS)
      .executeTakeFirstOrThrow();
    return { ok: true, value: asHall(row) } as const;
  });
}

/**
 * Takes a hall out of use, unless meetings that have not ended are booked in it. The hall's row is
 * locked first, as a booking locks it, so a meeting booked meanwhile cannot slip past the check.
 * The row stays (retired): meetings held there still name it.
 */
export async function retireHall(db: Kysely<Database>, id: string, now = new Date()): Promise<HallSetupOutcome<null>> {
  return db.transaction().execute(async (tx) => {
    if (!(await lockHallInUse(tx, id))) return { ok: false, reason: 'not_found' } as const;
    const booked = await tx
      .selectFrom('meetings')
      .select('id')
      .where('hall_id', '=', id)
      .where('status', '=', 'scheduled')
      .where('ends_at', '>', now)
      .executeTakeFirst();
    if (booked) return { ok: false, reason: 'in_use' } as const;
    await tx.updateTable('meeting_halls').set({ retired_at: now }).where('id', '=', id).execute();
    return { ok: true, value: null } as const;
  });
}
