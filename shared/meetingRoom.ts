import { schema, type SchemaType } from '@colyseus/schema';
import { z } from 'zod';
import { CountryId } from './countries.ts';
import { Lang } from './languages.ts';
import { JoinOptions } from './protocol.ts';
import { Role } from './roles.ts';

/**
 * Inside a meeting: the Colyseus rooms `meeting` (people on the list and those the chair let
 * in) and `meeting_lobby` (anyone else with the link, waiting to be let in), and their messages.
 * Both are joined with `{ token, protocol, meetingId }`.
 */

export const MeetingJoinOptions = JoinOptions.extend({ meetingId: z.uuid('not a meeting id') });
export type MeetingJoinOptions = z.infer<typeof MeetingJoinOptions>;

/** Someone in the meeting now, as every member sees them. */
export const AttendeeState = schema(
  {
    id: 'string',
    name: 'string',
    country: 'string',
    role: 'string',
    /** An official who came in through an invitation (delegate, organiser, interpreter). */
    verified: 'boolean',
    /** The host chairs: gives the floor, admits, mutes, removes, locks and ends. */
    chair: 'boolean',
    /** An interpreter's language, '' for everyone else. */
    interprets: 'string',
    /** The connection dropped and their seat is held for a short while. */
    away: 'boolean',
  },
  'AttendeeState',
);
export type AttendeeState = SchemaType<typeof AttendeeState>;

export const MeetingRoomState = schema(
  {
    /** By Colyseus session id (one person in two tabs is two attendees with the same `id`). */
    attendees: { map: AttendeeState },
    /** User ids asking for the floor, first come first served. */
    floor: ['string'],
    /** Who has the floor now, '' when nobody. */
    speaker: 'string',
    /** Locked: nobody new may knock. */
    locked: 'boolean',
    /** The chair ended it; clients leave. */
    ended: 'boolean',
  },
  'MeetingRoomState',
);
export type MeetingRoomState = SchemaType<typeof MeetingRoomState>;

/** Someone in the lobby, as the chair sees them. */
export const Knock = z.object({ userId: z.string(), name: z.string(), country: CountryId, role: Role, at: z.string() });
export type Knock = z.infer<typeof Knock>;
export const KnockList = z.object({ knocks: z.array(Knock) });
export type KnockList = z.infer<typeof KnockList>;

export const MeetingRoomMessages = {
  /** client → server: ask for the floor or withdraw (the speaker withdrawing hands it back): `{ wanted }`. */
  requestFloor: 'meeting.floor.request',
  /** chair: give the floor to `{ userId }` (others' microphones are muted), or take it back with `{ userId: null }`. */
  giveFloor: 'meeting.floor.give',
  /** chair: let a knocking person in, or turn them away: `{ userId }`. */
  admit: 'meeting.admit',
  deny: 'meeting.deny',
  /** chair: mute every microphone but the chair's and the interpreters'. */
  muteAll: 'meeting.muteAll',
  /** chair: mute one track `{ userId, trackSid }`; remove someone `{ userId }`. */
  muteTrack: 'meeting.muteTrack',
  remove: 'meeting.remove',
  /** chair: `{ locked }`. */
  lock: 'meeting.lock',
  /** chair: end the meeting for everyone. */
  end: 'meeting.end',
  /** server → chair: who is waiting in the lobby (KnockList). */
  knocks: 'meeting.knocks',
  /** server → lobby client: `{ outcome: 'admitted' | 'denied' | 'locked' | 'ended' }`. */
  lobbyOutcome: 'lobby.outcome',
} as const;

export const FloorRequest = z.object({ wanted: z.boolean() });
export const GiveFloor = z.object({ userId: z.uuid().nullable() });
export const MeetingPersonRef = z.object({ userId: z.uuid() });
export const MeetingTrackRef = z.object({ userId: z.uuid(), trackSid: z.string().min(1).max(64) });
export const LockRequest = z.object({ locked: z.boolean() });
/** muteAll and end carry nothing (or an empty object). */
export const NoPayload = z.object({}).strict().optional();

export const LobbyOutcome = z.object({ outcome: z.enum(['admitted', 'denied', 'locked', 'ended']) });
export type LobbyOutcome = z.infer<typeof LobbyOutcome>;

/** The name an interpreter's audio track is published under, so listeners can pick it by language. */
export function interpretationTrackName(lang: Lang): string {
  return `interpretation-${lang}`;
}

export function interpretationLang(trackName: string): Lang | undefined {
  const match = /^interpretation-([a-z]{2})$/.exec(trackName);
  const lang = Lang.safeParse(match?.[1]);
  return lang.success ? lang.data : undefined;
}

/** What a listener hears: the floor alone, or one language's interpreter loud and the floor quiet. */
export const ListeningChoice = z.union([z.literal('floor'), Lang]);
export type ListeningChoice = z.infer<typeof ListeningChoice>;

/** The floor's volume under an interpreter, so the speaker's tone is still there. */
export const FLOOR_UNDER_INTERPRETATION = 0.2;
