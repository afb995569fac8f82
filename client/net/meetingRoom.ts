import { Client, type Room } from 'colyseus.js';
import type { z } from 'zod';
import type { CountryId } from '../../shared/countries.ts';
import { Lang } from '../../shared/languages.ts';
import {
  FloorRequest,
  GiveFloor,
  KnockList,
  LobbyOutcome,
  LockRequest,
  MeetingPersonRef,
  MeetingRoomMessages,
  MeetingTrackRef,
  NoPayload,
  type MeetingRoomState,
} from '../../shared/meetingRoom.ts';
import type { Meeting } from '../../shared/meetings.ts';
import { CLOSE_CODES, JOIN_ERRORS, LIMITS, MESSAGES, Notice, PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { Role } from '../../shared/roles.ts';
import {
  clearRoom,
  closedOutcome,
  endMeeting,
  resetMeetingCall,
  useMeetingCall,
  type Attendee,
  type MeetingOutcome,
} from '../state/meetingCall.ts';
import { PATHS, useRoute } from '../state/route.ts';
import { useSession } from '../state/session.ts';
import type { Problem } from '../i18n/failureText.ts';
import { ApiFailure } from './apiFailure.ts';
import { CONSENTED_LEAVE } from './closeOutcome.ts';
import { joinMeetingCall, leaveMeetingCall } from './meetingCall.ts';
import { forgetE2ee, receiveSealed, syncE2ee } from './meetingE2ee.ts';
import { fetchMeeting } from './meetingsApi.ts';
import { RETRY_EVERY_MS } from './rooms.ts';
import { sleep } from './sleep.ts';
import { rejoinAfterRestart } from './restartRejoin.ts';
import { listenToAnnouncements } from './announcements.ts';

/**
 * A side meeting's Colyseus rooms: someone on the list joins `meeting` straight away; anyone
 * else with the link waits in `meeting_lobby` until the chair answers. The room's state (who is
 * here, the floor, the lock) and the chair's list of knocks go to useMeetingCall.
 */

let client: Client | null = null;
let lobby: Room | null = null;
let room: Room<MeetingRoomState> | null = null;
/** Bumped by every enter and leave, so a join that resolves late knows it is stale. */
let generation = 0;

function joinOptions(meetingId: string) {
  return { token: useSession.getState().session?.token ?? '', protocol: PROTOCOL_VERSION, meetingId };
}

const joinCode = (error: unknown) => (error as { code?: unknown } | null)?.code;

/** A refused or failed join, as the page explains it. */
function refusal(error: unknown): { outcome: MeetingOutcome; failure: Problem | null } {
  const code = joinCode(error);
  if (code === JOIN_ERRORS.unauthorized) return { outcome: 'failed', failure: 'errors.unauthorized' };
  if (code === JOIN_ERRORS.protocol_mismatch) return { outcome: 'failed', failure: 'errors.protocol_mismatch' };
  if (code === JOIN_ERRORS.locked) return { outcome: 'locked', failure: null };
  if (code === JOIN_ERRORS.forbidden) return { outcome: 'closed', failure: null };
  if (error instanceof ApiFailure) return { outcome: 'failed', failure: error };
  return { outcome: 'failed', failure: 'meeting.joinFailed' };
}

function fail(error: unknown): void {
  const { outcome, failure } = refusal(error);
  endMeeting(outcome, failure);
}

/** One person in two tabs is two connections; the page shows them once, away only if every tab is. */
function attendeesOf(state: MeetingRoomState): Attendee[] {
  const byId = new Map<string, Attendee>();
  for (const a of state.attendees.values()) {
    const before = byId.get(a.id);
    const lang = Lang.safeParse(a.interprets);
    byId.set(a.id, {
      id: a.id,
      name: a.name,
      country: a.country as CountryId,
      role: a.role as Role,
      verified: a.verified,
      chair: a.chair,
      interprets: lang.success ? lang.data : null,
      away: a.away && (before?.away ?? true),
    });
  }
  return [...byId.values()].sort((x, y) => Number(y.chair) - Number(x.chair) || x.name.localeCompare(y.name));
}

let syncQueued = false;
/** Patches arrive several at a time; the store hears about them once per batch. */
function queueSync(joined: Room<MeetingRoomState>, meetingId: string): void {
  if (syncQueued) return;
  syncQueued = true;
  queueMicrotask(() => {
    syncQueued = false;
    if (room !== joined) return;
    const { state } = joined;
    // The first patch has not arrived yet: nothing to show.
    if (!state.attendees) return;
    if (state.ended) return void closeForGood('ended');
    useMeetingCall.setState({
      attendees: attendeesOf(state),
      floor: [...state.floor],
      speaker: state.speaker || null,
      locked: state.locked,
      e2ee: state.e2ee,
    });
    // The call starts once the room has said whether it is encrypted.
    joinMeetingCall(meetingId, state.e2ee);
    syncE2ee(joined, meetingId);
  });
}

/** Leaves the rooms and the call; the page then says why. */
function closeForGood(outcome: MeetingOutcome, failure: Problem | null = null): void {
  generation++;
  dropRooms();
  leaveMeetingCall();
  endMeeting(outcome, failure);
}

function dropRooms(): void {
  for (const current of [room, lobby]) {
    if (!current) continue;
    current.removeAllListeners();
    if (current.connection.isOpen) void current.leave(true).catch(() => undefined);
  }
  room = null;
  lobby = null;
  forgetE2ee();
}

function attach(joined: Room<MeetingRoomState>, meetingId: string): void {
  room = joined;
  useMeetingCall.setState({ phase: 'in', reconnecting: false });
  joined.onStateChange(() => queueSync(joined, meetingId));
  queueSync(joined, meetingId);
  joined.onMessage(MeetingRoomMessages.e2eeSealed, (raw: unknown) => {
    if (room === joined) void receiveSealed(raw);
  });
  listenToAnnouncements(joined, () => room === joined);
  joined.onMessage(MeetingRoomMessages.knocks, (raw: unknown) => {
    const list = KnockList.safeParse(raw);
    if (room === joined && list.success) useMeetingCall.setState({ knocks: list.data.knocks });
  });
  // A request the server turned down (e.g. muting with voice and video off) is said on the page.
  joined.onMessage(MESSAGES.notice, (raw: unknown) => {
    const notice = Notice.safeParse(raw);
    if (room === joined && notice.success && notice.data.kind === 'message_refused') {
      useMeetingCall.setState({ refused: { refusal: notice.data.refusal } });
    }
  });
  joined.onLeave((code) => {
    if (room !== joined) return;
    if (code === CONSENTED_LEAVE) return;
    if (code === CLOSE_CODES.meetingEnded) return closeForGood('ended');
    if (code === CLOSE_CODES.removed) return closeForGood('removed');
    if (code === CLOSE_CODES.banned) {
      closeForGood('removed');
      useSession.getState().endSession({ key: 'errors.banned' });
      return useRoute.getState().navigate(PATHS.landing, { replace: true });
    }
    if (code === CLOSE_CODES.flooding) return closeForGood('failed', 'errors.flooding');
    if (code === CLOSE_CODES.serverShutdown) return void comeBackAfterRestart(joined, meetingId);
    void recover(joined, meetingId);
  });
}

/** Holds the visitor's seat while the line is down; gives up after the server's grace period. */
async function recover(lost: Room<MeetingRoomState>, meetingId: string): Promise<void> {
  const mine = generation;
  const wanted = () => mine === generation && room === lost;
  useMeetingCall.setState({ reconnecting: true });
  const deadline = Date.now() + LIMITS.reconnectSeconds * 1000;
  while (Date.now() < deadline && wanted()) {
    try {
      const back = await client!.reconnect<MeetingRoomState>(lost.reconnectionToken);
      if (!wanted()) return void back.leave(true);
      return attach(back, meetingId);
    } catch {
      await sleep(RETRY_EVERY_MS);
    }
  }
  if (wanted()) closeForGood('failed', 'errors.connectionLost');
}

/**
 * The server is restarting: join the meeting again once it is back. Someone the chair had let in
 * is not on the list, and the restarted server has forgotten the admission: they knock again.
 */
async function comeBackAfterRestart(lost: Room<MeetingRoomState>, meetingId: string): Promise<void> {
  const mine = generation;
  const wanted = () => mine === generation && room === lost;
  useMeetingCall.setState({ reconnecting: true });
  const outcome = await rejoinAfterRestart(
    () => client!.joinOrCreate<MeetingRoomState>(ROOMS.meeting, joinOptions(meetingId)),
    wanted,
  );
  if (outcome.kind === 'joined') return wanted() ? attach(outcome.room, meetingId) : void outcome.room.leave(true);
  if (!wanted()) return;
  if (outcome.kind === 'timedOut') return closeForGood('failed', 'restart.gaveUp');
  if (outcome.kind !== 'refused') return;
  if (joinCode(outcome.error) !== JOIN_ERRORS.forbidden)
    return closeForGood(refusal(outcome.error).outcome, refusal(outcome.error).failure);
  room = null;
  useMeetingCall.setState({ reconnecting: false });
  void waitInLobby(meetingId, mine);
}

/** Joins the meeting itself; after an admission, its details are fetched again (the visitor is on the list now). */
async function joinMeeting(meetingId: string, mine: number): Promise<void> {
  useMeetingCall.setState({ phase: 'joining' });
  try {
    const joined = await client!.joinOrCreate<MeetingRoomState>(ROOMS.meeting, joinOptions(meetingId));
    if (mine !== generation) return void joined.leave(true);
    attach(joined, meetingId);
  } catch (error) {
    if (mine === generation) fail(error);
    return;
  }
  if (!useMeetingCall.getState().meeting) {
    const meeting = await fetchMeeting(meetingId).catch(() => null);
    if (meeting && mine === generation) useMeetingCall.setState({ meeting });
  }
}

/** Knocks and waits; the chair's answer comes as a message, then the lobby lets go. */
async function waitInLobby(meetingId: string, mine: number): Promise<void> {
  useMeetingCall.setState({ phase: 'lobby' });
  let waiting: Room;
  try {
    waiting = await client!.joinOrCreate(ROOMS.meetingLobby, joinOptions(meetingId));
  } catch (error) {
    if (mine === generation) fail(error);
    return;
  }
  if (mine !== generation) return void waiting.leave(true);
  lobby = waiting;
  listenToAnnouncements(waiting, () => lobby === waiting);
  let answered = false;
  waiting.onMessage(MeetingRoomMessages.lobbyOutcome, (raw: unknown) => {
    const parsed = LobbyOutcome.safeParse(raw);
    if (lobby !== waiting || !parsed.success) return;
    answered = true;
    const { outcome } = parsed.data;
    if (outcome !== 'admitted') return closeForGood(outcome);
    lobby = null;
    waiting.removeAllListeners();
    void waiting.leave(true).catch(() => undefined);
    void joinMeeting(meetingId, mine);
  });
  waiting.onLeave((code) => {
    if (lobby !== waiting || answered || code === CONSENTED_LEAVE) return;
    // The line dropped while waiting: knock again, the chair sees the same person.
    lobby = null;
    // After a restart, once the server answers again.
    const back =
      code === CLOSE_CODES.serverShutdown
        ? rejoinAfterRestart(
            () => serverAnswers(),
            () => mine === generation,
          )
        : sleep(RETRY_EVERY_MS);
    void back.then(() => {
      if (mine === generation) void waitInLobby(meetingId, mine);
    });
  });
}

/** Resolves once the server answers its liveness check; rejects while it is down. */
async function serverAnswers(): Promise<void> {
  const response = await fetch('/healthz');
  if (!response.ok) throw new Error(`healthz: ${response.status}`);
}

/** Opens the meeting page's connections: the list decides between the meeting and its lobby. */
export async function enterMeeting(meetingId: string): Promise<void> {
  closeRooms();
  const mine = ++generation;
  resetMeetingCall(meetingId);
  client = new Client(`${location.protocol}//${location.host}`);
  let meeting: Meeting | null = null;
  try {
    meeting = await fetchMeeting(meetingId);
  } catch (error) {
    if (mine !== generation) return;
    if (!(error instanceof ApiFailure && error.code === 'not_found')) return fail(error);
  }
  if (mine !== generation) return;
  if (!meeting) return waitInLobby(meetingId, mine);
  useMeetingCall.setState({ meeting });
  const closed = closedOutcome(meeting, new Date());
  if (closed) return endMeeting(closed);
  return joinMeeting(meetingId, mine);
}

/** Leaves whatever room the page is in, and the call. */
export function closeRooms(): void {
  generation++;
  dropRooms();
  leaveMeetingCall();
  clearRoom();
}

/** Leaves the meeting for the agenda. */
export function leaveMeeting(): void {
  closeRooms();
  useRoute.getState().navigate(PATHS.meetings);
}

/** Checks a message with its shared schema, then sends it to the meeting; false when it could not go. */
function sendChecked<T>(type: string, schema: z.ZodType<T>, body: unknown): boolean {
  const parsed = schema.safeParse(body);
  const current = room;
  if (!parsed.success || !current || useMeetingCall.getState().reconnecting) return false;
  current.send(type, parsed.data);
  return true;
}

export const requestFloor = (wanted: boolean) =>
  sendChecked(MeetingRoomMessages.requestFloor, FloorRequest, { wanted });
export const giveFloor = (userId: string | null) => sendChecked(MeetingRoomMessages.giveFloor, GiveFloor, { userId });
export const admit = (userId: string) => sendChecked(MeetingRoomMessages.admit, MeetingPersonRef, { userId });
export const deny = (userId: string) => sendChecked(MeetingRoomMessages.deny, MeetingPersonRef, { userId });
export const removeAttendee = (userId: string) => sendChecked(MeetingRoomMessages.remove, MeetingPersonRef, { userId });
export const muteTrack = (userId: string, trackSid: string) =>
  sendChecked(MeetingRoomMessages.muteTrack, MeetingTrackRef, { userId, trackSid });
export const lockMeeting = (locked: boolean) => sendChecked(MeetingRoomMessages.lock, LockRequest, { locked });
export const muteAll = () => sendChecked(MeetingRoomMessages.muteAll, NoPayload, undefined);
export const endForEveryone = () => sendChecked(MeetingRoomMessages.end, NoPayload, undefined);
