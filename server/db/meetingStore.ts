import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { SessionUser } from '../../shared/api.ts';
import type { CountryId } from '../../shared/countries.ts';
import type { Lang } from '../../shared/languages.ts';
import type { Meeting, MeetingChange, MeetingPerson, MeetingRequest, RSVP } from '../../shared/meetings.ts';
import type { Role } from '../../shared/roles.ts';
import { MeetingError, noSuchMeeting } from '../meetings/meetingErrors.ts';
import { refusingClashes, type Attempt } from './meetingClash.ts';
import { listedPeople, type ListedPerson } from './meetingPeople.ts';
import type { Database, MeetingParticipantsTable, MeetingsTable } from './schema.ts';
import { refusal } from '../../shared/refusals.ts';
import { isoTime } from './instants.ts';
import { lockHallInUse } from './hallSetupStore.ts';

/** Ended and cancelled meetings stay on a person's agenda this long after their end. */
const KEEP_PAST_MS = 7 * 86_400_000;

type Db = Kysely<Database> | Transaction<Database>;
type MeetingRow = Selectable<MeetingsTable>;
type ParticipantRow = Selectable<MeetingParticipantsTable>;
/** A request or change as its zod schema hands it over, defaults filled in. */
type Booking = z.output<typeof MeetingRequest>;
type Change = z.output<typeof MeetingChange>;

function toPerson(row: ParticipantRow): MeetingPerson {
  return {
    userId: row.user_id,
    name: row.name,
    country: row.country as CountryId,
    role: row.role as Role,
    verified: row.verified,
    rsvp: row.rsvp as RSVP,
    host: row.host,
  };
}

/** The host first, then everyone else by name. */
function byListOrder(a: MeetingPerson, b: MeetingPerson): number {
  return Number(b.host) - Number(a.host) || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId);
}

function toMeeting(row: MeetingRow, hallName: string, people: ParticipantRow[], now: Date): Meeting {
  // "Ended" is read off the clock rather than stored, so nothing has to run when a meeting ends.
  const over = row.status === 'scheduled' && new Date(row.ends_at) <= now;
  return {
    id: row.id,
    hallId: row.hall_id,
    hallName,
    title: row.title,
    startsAt: isoTime(row.starts_at),
    endsAt: isoTime(row.ends_at),
    hostId: row.host_id,
    status: over ? 'ended' : (row.status as Meeting['status']),
    languages: row.languages as Lang[],
    noRecording: row.no_recording,
    e2ee: row.e2ee,
    people: people.map(toPerson).sort(byListOrder),
    version: row.version,
    updatedAt: isoTime(row.updated_at),
  };
}

/** Meetings with their lists and their halls' names as organisers last set them (retired halls too). */
export async function withPeople(db: Db, rows: MeetingRow[], now = new Date()): Promise<Meeting[]> {
  if (rows.length === 0) return [];
  const halls = await db
    .selectFrom('meeting_halls')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(rows.map((r) => r.hall_id))])
    .execute();
  const hallNames = new Map(halls.map((h) => [h.id, h.name]));
  const people = await db
    .selectFrom('meeting_participants')
    .selectAll()
    .where(
      'meeting_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((row) =>
    toMeeting(
      row,
      hallNames.get(row.hall_id) ?? row.hall_id,
      people.filter((p) => p.meeting_id === row.id),
      now,
    ),
  );
}

/** Only meetings the person is on the list of are ever read: anyone else gets nothing back. */
function ofMember(db: Db, userId: string) {
  return db
    .selectFrom('meetings')
    .selectAll('meetings')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('meeting_participants')
          .select(sql`1`.as('one'))
          .whereRef('meeting_participants.meeting_id', '=', 'meetings.id')
          .where('meeting_participants.user_id', '=', userId),
      ),
    );
}

export async function getForMember(db: Db, id: string, userId: string): Promise<Meeting | undefined> {
  const row = await ofMember(db, userId).where('meetings.id', '=', id).executeTakeFirst();
  return row && (await withPeople(db, [row]))[0];
}

/** A person's agenda: what is coming and what ended or was cancelled in the last week, by start. */
export async function listMine(db: Kysely<Database>, userId: string, now = new Date()): Promise<Meeting[]> {
  const rows = await ofMember(db, userId)
    .where('meetings.ends_at', '>', new Date(now.getTime() - KEEP_PAST_MS))
    .orderBy('meetings.starts_at')
    .orderBy('meetings.id')
    .execute();
  return withPeople(db, rows, now);
}

function participantRow(meeting: MeetingRow, person: ListedPerson, host: boolean) {
  return {
    meeting_id: meeting.id,
    user_id: person.userId,
    name: person.name,
    country: person.country,
    role: person.role,
    verified: person.verified,
    host,
    rsvp: host ? 'accepted' : 'invited',
    starts_at: meeting.starts_at,
    ends_at: meeting.ends_at,
  };
}

/** The invitees without the host and without repeats. */
const inviteesOf = (ids: readonly string[], hostId: string) => [...new Set(ids)].filter((id) => id !== hostId);

/**
 * Refuses a hall that does not exist, and holds the hall's row until the transaction ends.
 * Concurrent bookings of one hall then queue on that lock, and each sees the one before it
 * committed, instead of deadlocking on each other's uncommitted rows in the overlap constraint.
 */
async function lockHall(tx: Transaction<Database>, hallId: string): Promise<void> {
  if (!(await lockHallInUse(tx, hallId)))
    throw new MeetingError('invalid', `hallId: no hall "${hallId}"`, refusal('no_hall'));
}

/** Books a hall for the host and their invitees at once, or refuses it all. */
export async function book(db: Kysely<Database>, host: SessionUser, request: Booking): Promise<Meeting> {
  const inviteeIds = inviteesOf(request.invitees, host.id);
  const attempt = {
    meetingId: undefined,
    hallId: request.hallId,
    startsAt: new Date(request.startsAt),
    endsAt: new Date(request.endsAt),
    userIds: [host.id, ...inviteeIds],
  };
  return refusingClashes(db, attempt, () =>
    db.transaction().execute(async (tx) => {
      await lockHall(tx, request.hallId);
      const people = await listedPeople(tx, host, inviteeIds);
      const meeting = await tx
        .insertInto('meetings')
        .values({
          hall_id: request.hallId,
          host_id: host.id,
          title: request.title,
          starts_at: request.startsAt,
          ends_at: request.endsAt,
          languages: JSON.stringify([...new Set(request.languages)]),
          no_recording: request.noRecording,
          e2ee: request.e2ee,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const rows = [
        participantRow(meeting, people.host, true),
        ...people.invitees.map((p) => participantRow(meeting, p, false)),
      ];
      await tx.insertInto('meeting_participants').values(rows).execute();
      return (await withPeople(tx, [meeting]))[0]!;
    }),
  );
}

/**
 * The meeting, locked for a change by its host: refused as not found for someone not on its
 * list, as forbidden for an invitee, and as closed once cancelled or over.
 */
async function lockForHost(tx: Transaction<Database>, id: string, userId: string, now: Date): Promise<MeetingRow> {
  const meeting = await lockForMember(tx, id, userId, now);
  if (meeting.host_id !== userId) throw new MeetingError('forbidden', 'only the host may change or cancel the meeting');
  return meeting;
}

async function lockForMember(tx: Transaction<Database>, id: string, userId: string, now: Date): Promise<MeetingRow> {
  const meeting = await ofMember(tx, userId).where('meetings.id', '=', id).forUpdate().executeTakeFirst();
  if (!meeting) throw noSuchMeeting();
  if (meeting.status === 'cancelled')
    throw new MeetingError('closed', 'the meeting was cancelled', refusal('meeting_cancelled'));
  if (meeting.status === 'ended' || new Date(meeting.ends_at) <= now)
    throw new MeetingError('closed', 'the meeting is over', refusal('meeting_over'));
  return meeting;
}

/**
 * A host's change. A new time asks every invitee to answer again, as calendars do; a new
 * list keeps the answers of those still on it. Returns who was taken off, to be told.
 */
export async function change(
  db: Kysely<Database>,
  host: SessionUser,
  id: string,
  changes: Change,
  now = new Date(),
): Promise<{ meeting: Meeting; removed: string[] }> {
  // Filled in once the meeting is read, for naming a clash should the database refuse the change.
  const attempt: Attempt = { meetingId: id, hallId: '', startsAt: now, endsAt: now, userIds: [] };
  return refusingClashes(db, attempt, () =>
    db.transaction().execute(async (tx) => {
      const before = await lockForHost(tx, id, host.id, now);
      const hallId = changes.hallId ?? before.hall_id;
      const startsAt = changes.startsAt ?? before.starts_at;
      const endsAt = changes.endsAt ?? before.ends_at;
      const retimed = isoTime(startsAt) !== isoTime(before.starts_at) || isoTime(endsAt) !== isoTime(before.ends_at);
      if (hallId !== before.hall_id || retimed) await lockHall(tx, hallId);

      const listed = await tx
        .selectFrom('meeting_participants')
        .select('user_id')
        .where('meeting_id', '=', id)
        .where('host', '=', false)
        .execute();
      const current = listed.map((r) => r.user_id);
      const wanted = changes.invitees ? inviteesOf(changes.invitees, host.id) : current;
      const removed = current.filter((uid) => !wanted.includes(uid));
      const added = wanted.filter((uid) => !current.includes(uid));
      // Only people whose time the change takes anew can be the ones it clashes for.
      const takesTimeOf = retimed ? [host.id, ...wanted] : added;
      Object.assign(attempt, { hallId, startsAt: new Date(startsAt), endsAt: new Date(endsAt), userIds: takesTimeOf });

      const meeting = await tx
        .updateTable('meetings')
        .set({
          hall_id: hallId,
          title: changes.title ?? before.title,
          starts_at: startsAt,
          ends_at: endsAt,
          ...(changes.languages && { languages: JSON.stringify([...new Set(changes.languages)]) }),
          no_recording: changes.noRecording ?? before.no_recording,
          e2ee: changes.e2ee ?? before.e2ee,
          version: before.version + 1,
          updated_at: now,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (removed.length > 0)
        await tx
          .deleteFrom('meeting_participants')
          .where('meeting_id', '=', id)
          .where('user_id', 'in', removed)
          .execute();
      if (retimed) {
        await tx
          .updateTable('meeting_participants')
          .set((eb) => ({
            starts_at: startsAt,
            ends_at: endsAt,
            rsvp: eb.case().when('host', '=', true).then('accepted').else('invited').end(),
            active: true,
          }))
          .where('meeting_id', '=', id)
          .execute();
      }
      if (added.length > 0) {
        const people = await listedPeople(tx, host, added);
        await tx
          .insertInto('meeting_participants')
          .values(people.invitees.map((p) => participantRow(meeting, p, false)))
          .execute();
      }
      return { meeting: (await withPeople(tx, [meeting], now))[0]!, removed };
    }),
  );
}

/** Cancels the meeting for everyone: the hall and every person's time are free again. */
export async function cancel(db: Kysely<Database>, host: SessionUser, id: string, now = new Date()): Promise<Meeting> {
  return db.transaction().execute(async (tx) => {
    const before = await lockForHost(tx, id, host.id, now);
    const meeting = await tx
      .updateTable('meetings')
      .set({ status: 'cancelled', version: before.version + 1, updated_at: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx.updateTable('meeting_participants').set({ active: false }).where('meeting_id', '=', id).execute();
    return (await withPeople(tx, [meeting], now))[0]!;
  });
}

/** An invitee accepts or declines; accepting takes their time again, which may clash since they declined. */
export async function respond(
  db: Kysely<Database>,
  userId: string,
  id: string,
  answer: 'accepted' | 'declined',
  now = new Date(),
): Promise<Meeting> {
  const attempt: Attempt = { meetingId: id, hallId: '', startsAt: now, endsAt: now, userIds: [userId] };
  return refusingClashes(db, attempt, () =>
    db.transaction().execute(async (tx) => {
      const before = await lockForMember(tx, id, userId, now);
      if (before.host_id === userId)
        throw new MeetingError('forbidden', 'the host does not answer their own invitation');
      Object.assign(attempt, { startsAt: new Date(before.starts_at), endsAt: new Date(before.ends_at) });
      await tx
        .updateTable('meeting_participants')
        .set({ rsvp: answer, active: answer === 'accepted' })
        .where('meeting_id', '=', id)
        .where('user_id', '=', userId)
        .execute();
      // Answers are not changes of the meeting: the version stays, the list's time stamp moves.
      const meeting = await tx
        .updateTable('meetings')
        .set({ updated_at: now })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return (await withPeople(tx, [meeting], now))[0]!;
    }),
  );
}
