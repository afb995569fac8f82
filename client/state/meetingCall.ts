import type { Problem } from '../i18n/failureText.ts';
import { create } from 'zustand';
import type { CountryId } from '../../shared/countries.ts';
import type { Lang } from '../../shared/languages.ts';
import type { Knock, ListeningChoice } from '../../shared/meetingRoom.ts';
import type { Meeting } from '../../shared/meetings.ts';
import type { Role } from '../../shared/roles.ts';
import type { MediaConnection, PublishKind } from './media.ts';
import { NOT_PUBLISHING } from './media.ts';
import { opensAt } from './meetingOrder.ts';
import type { Refusal } from '../../shared/refusals.ts';

/**
 * One side meeting as the visitor is in it: where they stand (`phase`), the Colyseus room's
 * state (who is here, the speaking order, the lock), and the LiveKit call (tiles, tracks, what
 * they publish and listen to). client/net/meetingRoom.ts and meetingCall.ts write; views read.
 */

/**
 * - `loading`: asking the server whether the visitor is on the list;
 * - `lobby`: not on it, waiting for the chair to let them in;
 * - `joining`, `in`: entering, then in the meeting;
 * - `over`: the meeting is closed to them; `outcome` says why.
 */
export type MeetingPhase = 'loading' | 'lobby' | 'joining' | 'in' | 'over';

/**
 * Why the meeting is closed to the visitor: the chair turned them away (`denied`), locked it or
 * ended it, removed them; it is not open (`closed`: over, cancelled or no such meeting to a
 * stranger), opens later (`early`), or joining failed (`failed`, with `failure` saying why).
 */
export type MeetingOutcome = 'denied' | 'locked' | 'ended' | 'removed' | 'cancelled' | 'closed' | 'early' | 'failed';

/** Someone in the meeting, from the room's state. */
export interface Attendee {
  id: string;
  name: string;
  country: CountryId;
  role: Role;
  verified: boolean;
  chair: boolean;
  /** The language they interpret into, or null. */
  interprets: Lang | null;
  /** Their connection dropped; their seat is held for a moment. */
  away: boolean;
}

/** Someone in the call as LiveKit reports them; the identity is the user id. */
export interface CallParticipant {
  identity: string;
  name: string;
  local: boolean;
  speaking: boolean;
  /** The key of their camera track when it is on, for views that show it. */
  camera: string | null;
  /** The key of their shared screen, if any. */
  screen: string | null;
  /** Their microphone's track sid (what the chair mutes by), null when none is published. */
  micSid: string | null;
  micMuted: boolean;
}

interface MeetingCallState {
  meetingId: string | null;
  phase: MeetingPhase;
  outcome: MeetingOutcome | null;
  /** A translation key for why joining failed, when `outcome` is `failed`. */
  failure: Problem | null;
  /** The meeting as its list sees it; null for someone let in from the lobby. */
  meeting: Meeting | null;
  /** The room's connection: it drops and comes back without leaving the meeting. */
  reconnecting: boolean;

  attendees: Attendee[];
  /** User ids asking for the floor, first come first served. */
  floor: string[];
  speaker: string | null;
  locked: boolean;
  /** Who waits in the lobby; sent to the chair alone. */
  knocks: Knock[];
  /** Why the server turned down the visitor's last request (as a code to translate), until dismissed. */
  refused: { refusal: Refusal | undefined } | null;
  /** Voice and video are end-to-end encrypted, as the room says. */
  e2ee: boolean;
  /** The code everyone compares aloud, once the visitor holds the meeting key; null meanwhile. */
  securityCode: string | null;

  connection: MediaConnection;
  /** A translation key for the last thing that went wrong with camera, microphone or screen. */
  mediaError: Problem | null;
  publishing: Record<PublishKind, boolean>;
  busy: boolean;
  participants: CallParticipant[];
  listening: ListeningChoice;
  /** Languages whose interpreter is publishing now. */
  interpreted: Lang[];
  audioBlocked: boolean;
}

const noCall = {
  connection: 'idle' as MediaConnection,
  mediaError: null,
  publishing: NOT_PUBLISHING,
  busy: false,
  participants: [],
  interpreted: [],
  audioBlocked: false,
};

const noRoom = {
  attendees: [],
  floor: [],
  speaker: null,
  locked: false,
  knocks: [],
  refused: null,
  reconnecting: false,
  e2ee: false,
  securityCode: null,
};

const initial = {
  meetingId: null,
  phase: 'loading' as MeetingPhase,
  outcome: null,
  failure: null,
  meeting: null,
  listening: 'floor' as ListeningChoice,
  ...noRoom,
  ...noCall,
};

export const useMeetingCall = create<MeetingCallState>(() => ({ ...initial }));

/** Whether a meeting on the visitor's list can be entered at `now`, and if not, why. */
export function closedOutcome(meeting: Meeting, now: Date): MeetingOutcome | null {
  if (meeting.status === 'cancelled') return 'cancelled';
  if (meeting.status === 'ended' || Date.parse(meeting.endsAt) <= now.getTime()) return 'ended';
  if (now.getTime() < opensAt(meeting)) return 'early';
  return null;
}

/** A fresh page for `meetingId`: nothing known yet. */
export function resetMeetingCall(meetingId: string | null): void {
  useMeetingCall.setState({ ...initial, meetingId });
}

/** The call is gone (left, dropped, refused): its tiles and tracks go, the listening choice stays. */
export function clearCall(): void {
  useMeetingCall.setState({ ...noCall });
}

export function clearRoom(): void {
  useMeetingCall.setState({ ...noRoom });
}

/** The meeting is closed to the visitor, for this reason. */
export function endMeeting(outcome: MeetingOutcome, failure: Problem | null = null): void {
  useMeetingCall.setState({ phase: 'over', outcome, failure, ...noRoom });
}
