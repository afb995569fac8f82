import type { Kysely, Selectable } from 'kysely';
import type { Lang } from '../../shared/languages.ts';
import type { Knock } from '../../shared/meetingRoom.ts';
import type { MeetingStatus } from '../../shared/meetings.ts';
import { violatedConstraint } from './meetingClash.ts';
import { retryingConflicts } from './retryingConflicts.ts';
import { isVerifiedOfficial } from './meetingPeople.ts';
import { findSession } from './sessionStore.ts';
import type { Database, MeetingParticipantsTable } from './schema.ts';

/** What being in a meeting needs to know of it; never its title. */
export interface MeetingEntry {
  id: string;
  hostId: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  languages: Lang[];
  noRecording: boolean;
  e2ee: boolean;
}

export type Listing = Selectable<MeetingParticipantsTable>;

export async function findMeetingEntry(db: Kysely<Database>, id: string): Promise<MeetingEntry | undefined> {
  const row = await db
    .selectFrom('meetings')
    .select(['id', 'host_id', 'status', 'starts_at', 'ends_at', 'languages', 'no_recording', 'e2ee'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    hostId: row.host_id,
    status: row.status as MeetingStatus,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    languages: row.languages as Lang[],
    noRecording: row.no_recording,
    e2ee: row.e2ee,
  };
}

/** The person's row on the meeting's list, whatever they answered. */
/** The listings of several people at once, by user id; people not on the list are absent. */
export async function findListings(
  db: Kysely<Database>,
  meetingId: string,
  userIds: readonly string[],
): Promise<Map<string, Listing>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('meeting_participants')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('user_id', 'in', userIds)
    .execute();
  return new Map(rows.map((row) => [row.user_id, row]));
}

export async function findListing(
  db: Kysely<Database>,
  meetingId: string,
  userId: string,
): Promise<Listing | undefined> {
  return db
    .selectFrom('meeting_participants')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

/**
 * Puts someone the chair let in on the list, as an invitee who accepted, so they may join the
 * meeting (and reconnect to it) like anyone invited. 'busy' when they are booked into another
 * meeting at that time: the database refuses a second booking of one person.
 */
export async function admitToMeeting(
  db: Kysely<Database>,
  meeting: MeetingEntry,
  person: Pick<Knock, 'userId' | 'name' | 'country' | 'role'>,
): Promise<'admitted' | 'busy'> {
  const session = await findSession(db, person.userId);
  const verified = session !== undefined && isVerifiedOfficial(session);
  try {
    await retryingConflicts(() =>
      db
        .insertInto('meeting_participants')
        .values({
          meeting_id: meeting.id,
          user_id: person.userId,
          name: person.name,
          country: person.country,
          role: person.role,
          verified,
          host: false,
          rsvp: 'accepted',
          starts_at: meeting.startsAt,
          ends_at: meeting.endsAt,
          active: true,
        })
        // Someone who declined their invitation and knocked after all.
        .onConflict((oc) => oc.columns(['meeting_id', 'user_id']).doUpdateSet({ rsvp: 'accepted', active: true }))
        .execute(),
    );
    return 'admitted';
  } catch (error) {
    // The person exclusion: they are booked into another meeting at that time.
    if (violatedConstraint(error) !== undefined) return 'busy';
    throw error;
  }
}

/** Takes someone other than the host off the list; they would have to knock to come back. */
export async function takeOffList(db: Kysely<Database>, meetingId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('meeting_participants')
    .where('meeting_id', '=', meetingId)
    .where('user_id', '=', userId)
    .where('host', '=', false)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * The chair ended the meeting: it is over for good, and the hall and everyone's time are free
 * again. Returns the people on its list, to be told; empty if it was not running.
 */
export async function endMeeting(db: Kysely<Database>, meetingId: string, now = new Date()): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    const ended = await tx
      .updateTable('meetings')
      .set((eb) => ({ status: 'ended', version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', meetingId)
      .where('status', '=', 'scheduled')
      .executeTakeFirst();
    if (ended.numUpdatedRows === 0n) return [];
    const people = await tx
      .updateTable('meeting_participants')
      .set({ active: false })
      .where('meeting_id', '=', meetingId)
      .returning('user_id')
      .execute();
    return people.map((p) => p.user_id);
  });
}
