import type { Kysely } from 'kysely';
import type { SessionUser } from '../../shared/api.ts';
import { Lang } from '../../shared/languages.ts';
import { MEETING_LIMITS } from '../../shared/meetings.ts';
import { describeInstant } from './meetingTimes.ts';
import { can } from '../auth/permissions.ts';
import { findListing, findMeetingEntry, type MeetingEntry } from '../db/meetingRoomStore.ts';
import type { Database } from '../db/schema.ts';
import { refused, type Refused, type Refusal } from '../../shared/refusals.ts';

/**
 * Whether a person may be in a meeting now, asked alike by the `meeting` room's join and by the
 * media token route. `outsider` covers a meeting that does not exist as well as one the
 * person is not on the list of (or declined), so a refusal never tells the two apart.
 */
export type MeetingAccess =
  | {
      kind: 'member';
      meeting: MeetingEntry;
      /** Gives the floor, admits, mutes, removes, locks and ends. */
      chair: boolean;
      /** The meeting language this person interprets into, if they are one of its interpreters. */
      interprets: Lang | undefined;
      verified: boolean;
    }
  | { kind: 'outsider' }
  /** On the list, but the meeting is not open now: said plainly, since they know of it. */
  | { kind: 'closed'; reason: string; refusal: Refusal };

export async function meetingAccess(
  db: Kysely<Database>,
  meetingId: string,
  user: SessionUser,
  now = new Date(),
): Promise<MeetingAccess> {
  const meeting = await findMeetingEntry(db, meetingId);
  if (!meeting) return { kind: 'outsider' };
  const listing = await findListing(db, meetingId, user.id);
  if (!listing || listing.rsvp === 'declined') return { kind: 'outsider' };
  const closed = closedReason(meeting, now);
  if (closed) return { kind: 'closed', reason: closed.message, refusal: closed.refusal };
  const lang = Lang.safeParse(user.scope);
  const interprets =
    user.role === 'interpreter' && lang.success && meeting.languages.includes(lang.data) ? lang.data : undefined;
  return {
    kind: 'member',
    meeting,
    chair: listing.host || can(user, 'meeting.chair', meeting.hostId),
    interprets,
    verified: listing.verified,
  };
}

/** Why a meeting cannot be entered now, or undefined while it is open. */
function closedReason(meeting: MeetingEntry, now: Date): Refused | undefined {
  if (meeting.status === 'cancelled') return refused('meeting_cancelled', 'the meeting was cancelled');
  if (meeting.status === 'ended' || meeting.endsAt <= now) return refused('meeting_over', 'the meeting is over');
  const opens = new Date(meeting.startsAt.getTime() - MEETING_LIMITS.earlyMinutes * 60_000);
  if (now < opens)
    return refused('meeting_not_yet_open', `the meeting opens at ${describeInstant(opens)}`, {
      at: opens.toISOString(),
    });
  return undefined;
}

/** Whether anyone with the link may wait in the meeting's lobby: it exists and has neither ended nor been cancelled. */
export function lobbyOpen(meeting: MeetingEntry | undefined, now = new Date()): meeting is MeetingEntry {
  return meeting !== undefined && meeting.status === 'scheduled' && meeting.endsAt > now;
}
