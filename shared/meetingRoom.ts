import { schema, type SchemaType } from '@colyseus/schema';
import { z } from 'zod';
import { CountryId } from './countries.ts';
import { Lang } from './languages.ts';
import { MeetingId } from './meetings.ts';
import { JoinOptions } from './protocol.ts';
import { Role } from './roles.ts';

/**
 * Inside a meeting: the Colyseus rooms `meeting` (people on the list and those the chair let
 * in) and `meeting_lobby` (anyone else with the link, waiting to be let in), and their messages.
 * Both are joined with `{ token, protocol, meetingId }`.
 */

export const MeetingJoinOptions = JoinOptions.extend({ meetingId: MeetingId });
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
    /** End-to-end encrypted meetings: this connection's ECDH public key (E2eePublicKey), '' until it says hello. */
    e2eeKey: 'string',
    /** The key epoch whose meeting key this connection says it holds, 0 for none. */
    keyEpoch: 'number',
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
    /** Voice and video are end-to-end encrypted (see E2EE below). */
    e2ee: 'boolean',
    /** The session id of the attendee who makes the meeting key and seals it to the others, '' when none. */
    keyHolder: 'string',
    /** Bumped whenever the key holder must make a new meeting key; 0 before the first. */
    keyEpoch: 'number',
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
  /** E2EE, client → server: this connection's public key (E2eeHello). */
  e2eeHello: 'meeting.e2ee.hello',
  /** E2EE, key holder → server: the meeting key sealed for one attendee (E2eeSeal). */
  e2eeSeal: 'meeting.e2ee.seal',
  /** E2EE, server → that attendee: the seal, with who sent it and the public key the state shows for them (E2eeSealed). */
  e2eeSealed: 'meeting.e2ee.sealed',
  /** E2EE, client → server: "I hold the meeting key of this epoch" (E2eeHave). */
  e2eeHave: 'meeting.e2ee.have',
} as const;

export const FloorRequest = z.object({ wanted: z.boolean() });
export const GiveFloor = z.object({ userId: z.uuid().nullable() });
export const MeetingPersonRef = z.object({ userId: z.uuid() });
export const MeetingTrackRef = z.object({ userId: z.uuid(), trackSid: z.string().min(1).max(64) });
export const LockRequest = z.object({ locked: z.boolean() });
/** muteAll and end carry nothing (or an empty object). */
export const NoPayload = z.object({}).strict().optional();

/**
 * E2EE: end-to-end encrypted voice and video. The server relays public keys and sealed keys and
 * never sees the meeting key.
 * - Each connection makes an ECDH P-256 key pair on joining and says hello with its public key,
 *   which the state shows to everyone (`AttendeeState.e2eeKey`).
 * - One attendee at a time is the key holder (`keyHolder`), chosen by the server: a chair present
 *   first, anyone with a public key otherwise. A new holder makes a new 32-byte meeting key for the
 *   new `keyEpoch`; so does the holder when the chair removes someone (the removed cannot listen on).
 * - The holder seals the key to every attendee whose `keyEpoch` is behind: ECDH(own private,
 *   their public) → HKDF-SHA-256 → AES-GCM. Only the holder's seals are relayed, to connections
 *   present in the meeting, with the holder's public key as the state shows it; nothing is stored.
 * - Whoever unseals it says `have { epoch }`. Everyone shows a security code made from the key and
 *   the holder's public key they used: the same code everywhere means no key was swapped on the way.
 */
/** A raw uncompressed P-256 public key (65 bytes, first 0x04), base64url without padding. */
export const E2eePublicKey = z.string().regex(/^B[A-Za-z0-9_-]{86}$/, 'not a P-256 public key');
/** An AES-GCM IV: 12 bytes, base64url. */
export const E2eeIv = z.string().regex(/^[A-Za-z0-9_-]{16}$/, 'not a 12-byte IV');
/** A sealed 32-byte meeting key with its 16-byte tag: 48 bytes, base64url. */
export const E2eeSealedKey = z.string().regex(/^[A-Za-z0-9_-]{64}$/, 'not a sealed meeting key');
const Epoch = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31);

export const E2eeHello = z.object({ publicKey: E2eePublicKey });
export type E2eeHello = z.infer<typeof E2eeHello>;
export const E2eeSeal = z.object({ to: z.string().min(1).max(64), epoch: Epoch, iv: E2eeIv, data: E2eeSealedKey });
export type E2eeSeal = z.infer<typeof E2eeSeal>;
export const E2eeSealed = z.object({
  from: z.string(),
  fromKey: E2eePublicKey,
  epoch: Epoch,
  iv: E2eeIv,
  data: E2eeSealedKey,
});
export type E2eeSealed = z.infer<typeof E2eeSealed>;
export const E2eeHave = z.object({ epoch: Epoch });
export type E2eeHave = z.infer<typeof E2eeHave>;

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
