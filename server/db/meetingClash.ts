import { sql, type Kysely } from 'kysely';
import { MeetingError } from '../meetings/meetingErrors.ts';
import { describeRange } from '../meetings/meetingTimes.ts';
import { retryingConflicts } from './retryingConflicts.ts';
import type { Database } from './schema.ts';
import { refusal, type Refusal } from '../../shared/refusals.ts';

/** SQLSTATE exclusion_violation; pg and PGlite both put it in `code` and the constraint's name in `constraint`. */
const EXCLUSION_VIOLATION = '23P01';
const HALL_CONSTRAINT = 'meetings_hall_no_overlap';
const PERSON_CONSTRAINT = 'meeting_participants_person_no_overlap';

/** What a booking, change or acceptance asked for, to find what it ran into. */
export interface Attempt {
  /** The meeting being changed or answered, not to be counted as its own clash. */
  meetingId: string | undefined;
  hallId: string;
  startsAt: Date;
  endsAt: Date;
  /** The people who would have counted the time as taken. */
  userIds: readonly string[];
}

/** The name of the overlap constraint a database error reports, '' if unnamed, undefined if it is another error. */
export function violatedConstraint(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (code !== EXCLUSION_VIOLATION) return undefined;
  return typeof constraint === 'string' ? constraint : '';
}

/**
 * Runs `write`, turning the database's refusal of an overlap into a MeetingError that names
 * the hall or the person and the time they are taken. The refused transaction is rolled back
 * by then, so the clash is looked up afresh. A write the database aborted for a deadlock with
 * a concurrent booking is run again, so it ends as booked or as a named clash, never a 500.
 */
export async function refusingClashes<T>(db: Kysely<Database>, attempt: Attempt, write: () => Promise<T>): Promise<T> {
  try {
    return await retryingConflicts(write);
  } catch (error) {
    const constraint = violatedConstraint(error);
    if (constraint === undefined) throw error;
    const clash = (constraint !== PERSON_CONSTRAINT ? await hallClash(db, attempt) : undefined) ??
      (constraint !== HALL_CONSTRAINT ? await personClash(db, attempt) : undefined) ?? {
        message: 'the hall or someone on the list was booked for that time a moment ago',
        refusal: refusal('just_booked'),
      };
    throw new MeetingError('conflict', clash.message, clash.refusal);
  }
}

const overlaps = (a: Attempt) =>
  sql<boolean>`tstzrange(starts_at, ends_at, '[)') && tstzrange(${a.startsAt}, ${a.endsAt}, '[)')`;

/** A clash in words for logs and API users, and as a code with the hall or person and the times for the client. */
type Clash = { message: string; refusal: Refusal };

const span = (startsAt: string | Date, endsAt: string | Date) => ({
  from: new Date(startsAt).toISOString(),
  to: new Date(endsAt).toISOString(),
});

async function hallClash(db: Kysely<Database>, attempt: Attempt): Promise<Clash | undefined> {
  let query = db
    .selectFrom('meetings')
    .innerJoin('meeting_halls', 'meeting_halls.id', 'meetings.hall_id')
    .select(['meeting_halls.name', 'meetings.starts_at', 'meetings.ends_at'])
    .where('meetings.hall_id', '=', attempt.hallId)
    .where('meetings.status', '=', 'scheduled')
    .where(overlaps(attempt))
    .orderBy('meetings.starts_at')
    .limit(1);
  if (attempt.meetingId) query = query.where('meetings.id', '<>', attempt.meetingId);
  const clash = await query.executeTakeFirst();
  if (!clash) return undefined;
  const when = describeRange(new Date(clash.starts_at), new Date(clash.ends_at));
  return {
    message: `The ${clash.name} hall is already booked ${when}`,
    refusal: refusal('hall_booked', {
      hallId: attempt.hallId,
      hall: clash.name,
      ...span(clash.starts_at, clash.ends_at),
    }),
  };
}

async function personClash(db: Kysely<Database>, attempt: Attempt): Promise<Clash | undefined> {
  if (attempt.userIds.length === 0) return undefined;
  let query = db
    .selectFrom('meeting_participants')
    .select(['name', 'starts_at', 'ends_at'])
    .where('user_id', 'in', attempt.userIds)
    .where('active', '=', true)
    .where(overlaps(attempt))
    .orderBy('starts_at')
    .limit(1);
  if (attempt.meetingId) query = query.where('meeting_id', '<>', attempt.meetingId);
  const clash = await query.executeTakeFirst();
  if (!clash) return undefined;
  const when = describeRange(new Date(clash.starts_at), new Date(clash.ends_at));
  return {
    message: `${clash.name} is already in another meeting ${when}`,
    refusal: refusal('person_busy', { name: clash.name, ...span(clash.starts_at, clash.ends_at) }),
  };
}
