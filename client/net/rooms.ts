import { Client, getStateCallbacks, type Room } from 'colyseus.js';
import type { z } from 'zod';
import {
  JOIN_ERRORS,
  LIMITS,
  MESSAGES,
  PROTOCOL_VERSION,
  ROOMS,
  type Correction,
  type Move,
  type Spawn,
} from '../../shared/protocol.ts';
import { dequantizeAngle, dequantizePosition } from '../../shared/quantize.ts';
import type { ExpoRoomState, PlayerState } from '../../shared/schema.ts';
import type { CountryId } from '../../shared/countries.ts';
import type { Role } from '../../shared/roles.ts';
import {
  HandRequest,
  MuteTrackRequest,
  PersonRequest,
  QuestionAsk,
  QuestionList,
  QuestionRef,
  StageMessages,
  StageStatus,
} from '../../shared/stage.ts';
import { MeetingMessages } from '../../shared/meetings.ts';
import { sameZone, type Zone } from '../../shared/world/world.ts';
import { motion, pushSample } from '../world/motion.ts';
import { worldFor } from '../world/useExpoWorld.ts';
import { useCards } from '../state/cards.ts';
import { useChat } from '../state/chat.ts';
import { useRoute, PATHS } from '../state/route.ts';
import { useSession, type Notice } from '../state/session.ts';
import { useStage } from '../state/stage.ts';
import { useWorld, type RosterEntry } from '../state/world.ts';
import { listenToAnnouncements } from './announcements.ts';
import { listenToReportNotices } from './reportNotices.ts';
import { listenToCards } from './cardRoom.ts';
import { listenToCatalogue } from './catalogueChanges.ts';
import { listenToChat } from './chatChannel.ts';
import { isPermanent } from './apiFailure.ts';
import { closeOutcome } from './closeOutcome.ts';
import { listenToFinding } from './findRoom.ts';
import { hallUnavailableNotice, joinInstance } from './instances.ts';
import { joinThroughCrowd } from './joinRetry.ts';
import { loadMeetings } from './meetingActions.ts';
import { listenToReactions } from './reactions.ts';
import { sleep } from './sleep.ts';
import { keepResumeTicket, rejoinAfterRestart } from './restartRejoin.ts';
import { leaveVoice, listenToVoice } from './voice.ts';

type ExpoRoom = Room<ExpoRoomState>;

export const RETRY_EVERY_MS = 1000;
const HANDOVER_COOLDOWN_MS = 3000;

let client: Client | null = null;
let room: ExpoRoom | null = null;
let token = '';
let handingOver = false;
let lastFailedHandover = 0;
let leaving = false;
/** Bumped by every enter and disconnect, so a join that resolves late knows it is stale. */
let generation = 0;

const joinErrorKeys = new Map<number, string>(
  Object.entries(JOIN_ERRORS).map(([key, code]) => [code, `errors.${key}`]),
);

function noticeFor(error: unknown): Notice {
  const code = (error as { code?: unknown } | null)?.code;
  const key = typeof code === 'number' ? joinErrorKeys.get(code) : undefined;
  // A refused join says why only in the server's English; the visitor reads that the request was not accepted.
  if (key) return key === 'errors.bad_request' ? { key: 'errors.refusal.invalid' } : { key };
  return { key: 'errors.network' };
}

/**
 * Joins a zone; with `roomId`, that very hall of a pavilion, or (saying why) any hall with a free
 * seat if that one is gone or full. A join crowded out by a rush of arrivals is tried again.
 */
function joinOptions(
  zone: Zone,
  spawn: Spawn | undefined,
  near?: string,
  roomId?: string,
  resume?: string,
): Promise<ExpoRoom> {
  const base = {
    token,
    protocol: PROTOCOL_VERSION,
    ...(spawn ? { spawn } : {}),
    ...(near ? { near } : {}),
    ...(resume ? { resume } : {}),
  };
  const options = zone.kind === 'plaza' ? base : { ...base, pavilionId: zone.id };
  const anyInstance = () =>
    joinThroughCrowd(() =>
      client!.joinOrCreate<ExpoRoomState>(zone.kind === 'plaza' ? ROOMS.plaza : ROOMS.pavilion, options),
    );
  if (!roomId || zone.kind !== 'pavilion') return anyInstance();
  return joinInstance(client!, zone.id, roomId, base).catch((error: unknown) => {
    if (isPermanent(error)) throw error;
    const notice = hallUnavailableNotice(error);
    if (notice) useSession.setState({ notice });
    return anyInstance();
  });
}

/** The id of the room instance the visitor is in, if any. */
export function currentRoomId(): string | null {
  return room?.roomId ?? null;
}

function rosterEntry(p: PlayerState): RosterEntry {
  return { id: p.id, name: p.name, country: p.country as CountryId, role: p.role as Role, away: p.away };
}

/** Roster changes arrive per player; React hears about them once per batch. */
let pendingRoster: Record<string, RosterEntry | null> = {};
let rosterFlushQueued = false;
function queueRoster(id: string, entry: RosterEntry | null): void {
  pendingRoster[id] = entry;
  if (rosterFlushQueued) return;
  rosterFlushQueued = true;
  queueMicrotask(() => {
    const roster = { ...useWorld.getState().roster };
    for (const [key, value] of Object.entries(pendingRoster)) {
      if (value) roster[key] = value;
      else delete roster[key];
    }
    pendingRoster = {};
    rosterFlushQueued = false;
    useWorld.setState({ roster });
  });
}

/** How far the client's own position may be from the server's before it is snapped back. */
const SNAP_DISTANCE = 1.5;
/** After a hand-over the server has the spot where the join began; the visitor walked on since. */
const HANDOVER_SNAP_DISTANCE = 8;

function placeSelf(p: PlayerState, tolerance: number): void {
  const x = dequantizePosition(p.x);
  const z = dequantizePosition(p.z);
  const far = Math.hypot(motion.self.x - x, motion.self.z - z) > tolerance;
  if (!motion.placed || far) {
    motion.self.x = x;
    motion.self.z = z;
    motion.self.ry = dequantizeAngle(p.ry);
    motion.route = [];
    motion.placed = true;
  }
}

/**
 * Whether the room sends this player's movements to us: only for people near us (the server's
 * interest management); for the others, and once they leave our view, x and z are undefined.
 */
function isInView(p: PlayerState): boolean {
  return p.x !== undefined && p.z !== undefined;
}

function sampleOf(p: PlayerState) {
  return {
    t: performance.now(),
    x: dequantizePosition(p.x),
    z: dequantizePosition(p.z),
    ry: dequantizeAngle(p.ry),
    anim: p.anim,
  };
}

/** Makes `next` the room whose state the world shows; `rejoined` when it is the same room after a dropped line. */
function attach(next: ExpoRoom, zone: Zone, tolerance = SNAP_DISTANCE, rejoined = false): void {
  room = next;
  pendingRoster = {};
  motion.remote.clear();
  useStage.getState().enterRoom(zone.kind === 'pavilion' ? zone.id : null);
  useWorld.setState({ roster: {}, zone, status: 'connected', staff: {} });
  if (!rejoined) useChat.getState().enterRoom();
  const $ = getStateCallbacks(next);
  const setStaff = (count: number, boothId: string) => {
    if (room === next) useWorld.setState((s) => ({ staff: { ...s.staff, [boothId]: count } }));
  };
  $(next.state).staff.onAdd(setStaff);
  $(next.state).staff.onChange(setStaff);
  $(next.state).staff.onRemove((_count, boothId) => {
    if (room !== next) return;
    useWorld.setState((s) => {
      const { [boothId]: _gone, ...rest } = s.staff;
      return { staff: rest };
    });
  });
  $(next.state).players.onAdd((player, id) => {
    if (id === next.sessionId) {
      placeSelf(player, tolerance);
      return;
    }
    let shown = rosterEntry(player);
    queueRoster(id, shown);
    if (isInView(player)) pushSample(id, sampleOf(player));
    $(player).onChange(() => {
      if (room !== next) return;
      // Out of view: not drawn at all rather than frozen at its last spot; back in view, it starts afresh.
      if (isInView(player)) pushSample(id, sampleOf(player));
      else motion.remote.delete(id);
      if (player.away !== shown.away || player.name !== shown.name || player.role !== shown.role) {
        queueRoster(id, (shown = rosterEntry(player)));
      }
    });
  });
  $(next.state).players.onRemove((_player, id) => {
    if (room !== next) return;
    motion.remote.delete(id);
    queueRoster(id, null);
  });
  next.onMessage(MESSAGES.correction, (c: Correction) => {
    motion.self.x = c.x;
    motion.self.z = c.z;
    motion.route = [];
  });
  listenToChat(next);
  listenToReactions(next);
  listenToStage(next);
  listenToVoice(next);
  listenToFinding(next, () => room === next);
  listenToCards(next, () => room === next, rejoined);
  listenToCatalogue(next, () => room === next);
  listenToAnnouncements(next, () => room === next);
  listenToReportNotices(next, () => room === next);
  const resumeTicket = keepResumeTicket(next);
  // A meeting on the visitor's list was booked, changed, cancelled or answered: the agenda reads itself again.
  next.onMessage(MeetingMessages.changed, () => {
    if (room === next) void loadMeetings();
  });
  next.onLeave((code) => {
    if (room !== next || leaving) return;
    const outcome = closeOutcome(code, zone);
    if (outcome.kind === 'recover') void recover(next, zone);
    else if (outcome.kind === 'restart') void comeBackAfterRestart(next, zone, resumeTicket());
    else if (outcome.kind === 'exit') exitTo(outcome.notice);
    else if (outcome.kind === 'toPlaza' && zone.kind === 'pavilion') void backToPlaza(zone.id, outcome.notice);
  });
}

/** A pavilion's stage: raised hands, who may speak, and the questions (sent on joining and on every change). */
function listenToStage(next: ExpoRoom): void {
  next.onMessage(StageMessages.status, (raw: unknown) => {
    const status = StageStatus.safeParse(raw);
    if (room === next && status.success) useStage.getState().receiveStatus(status.data);
  });
  next.onMessage(StageMessages.questions, (raw: unknown) => {
    const list = QuestionList.safeParse(raw);
    if (room === next && list.success) useStage.getState().receiveQuestions(list.data.questions);
  });
}

/** Holds the visitor's place while the connection is down; gives up after the server's grace period. */
async function recover(lost: ExpoRoom, zone: Zone): Promise<void> {
  const mine = generation;
  // Still the room we lost, and nobody has left or re-entered meanwhile.
  const wanted = () => mine === generation && room === lost;
  useWorld.setState({ status: 'reconnecting' });
  const deadline = Date.now() + LIMITS.reconnectSeconds * 1000;
  while (Date.now() < deadline && wanted()) {
    try {
      const back = await client!.reconnect<ExpoRoomState>(lost.reconnectionToken);
      if (!wanted()) return void back.leave(true);
      attach(back, zone, SNAP_DISTANCE, true);
      return;
    } catch {
      await sleep(RETRY_EVERY_MS);
    }
  }
  if (wanted()) exitTo({ key: 'errors.connectionLost' });
}

/** The server is restarting: join the same zone again once it is back, the ticket putting the visitor where they stood. */
async function comeBackAfterRestart(lost: ExpoRoom, zone: Zone, ticket: string | undefined): Promise<void> {
  const mine = generation;
  const wanted = () => mine === generation && room === lost;
  useWorld.setState({ status: 'restarting' });
  const outcome = await rejoinAfterRestart(() => joinOptions(zone, undefined, undefined, undefined, ticket), wanted);
  if (outcome.kind === 'joined') {
    if (!wanted()) return void outcome.room.leave(true);
    attach(outcome.room, zone);
  } else if (outcome.kind === 'refused' && wanted()) exitTo(noticeFor(outcome.error));
  else if (outcome.kind === 'timedOut' && wanted()) exitTo({ key: 'restart.gaveUp' });
}

/**
 * An organiser removed the visitor from a pavilion: they reappear on the plaza just outside its
 * door (outside, so that walking on does not carry them straight back in) and are told why.
 */
async function backToPlaza(pavilionId: CountryId, notice: Notice): Promise<void> {
  const mine = ++generation;
  room = null;
  const plaza = { kind: 'plaza' } as const;
  const catalogue = useSession.getState().catalogue;
  const spawn = catalogue?.pavilions.some((p) => p.id === pavilionId)
    ? worldFor(catalogue).frontOf(pavilionId)
    : undefined;
  if (spawn) Object.assign(motion.self, spawn);
  motion.placed = spawn !== undefined;
  motion.route = [];
  motion.remote.clear();
  useWorld.setState({ zone: plaza, enteringZone: plaza, roster: {}, staff: {}, walkingTo: null });
  useSession.setState({ notice });
  try {
    const joined = await joinOptions(plaza, spawn);
    if (mine !== generation) return void joined.leave(true);
    attach(joined, plaza);
  } catch (error) {
    if (mine === generation) exitTo(noticeFor(error));
  } finally {
    if (mine === generation) useWorld.setState({ enteringZone: null });
  }
}

/** Leaves the current room, if any, without leaving the page. */
export function disconnect(): void {
  leaving = true;
  generation++;
  const current = room;
  room = null;
  useWorld.setState({ status: 'idle', roster: {}, enteringZone: null, walkingTo: null });
  useChat.getState().clear();
  useStage.getState().clear();
  leaveVoice();
  useCards.getState().clear();
  if (current) {
    current.removeAllListeners();
    // A room the server has closed (removed, banned) has nothing left to leave.
    if (current.connection.isOpen) void current.leave(true).catch(() => undefined);
  }
}

/** Back to the landing page with the reason, e.g. a refused join or a connection that did not come back. */
function exitTo(notice: Notice): void {
  disconnect();
  useSession.getState().endSession(notice);
  useRoute.getState().navigate(PATHS.landing, { replace: true });
}

/** Joins the plaza with the session token; on refusal, back to the landing page with the reason. */
export async function enterExpo(sessionToken: string): Promise<void> {
  const mine = ++generation;
  token = sessionToken;
  leaving = false;
  motion.placed = false;
  motion.route = [];
  client = new Client(`${location.protocol}//${location.host}`);
  useWorld.setState({ status: 'connecting', zone: { kind: 'plaza' } });
  try {
    const joined = await joinOptions({ kind: 'plaza' }, undefined);
    if (mine !== generation) return void joined.leave(true);
    attach(joined, { kind: 'plaza' });
  } catch (error) {
    if (mine === generation) exitTo(noticeFor(error));
  }
}

/**
 * Moves the visitor into the room of `zone` without a visible break: join the new room, then
 * leave the old. With `near` (someone found, or one's tour guide) the room places the visitor
 * beside that person, even in the zone they are in already; with `roomId`, into that hall of the
 * pavilion (another hall of the same one, too); true once the move is done.
 */
export async function handOver(zone: Zone, near?: string, roomId?: string): Promise<boolean> {
  const current = room;
  const now = Date.now();
  if (!current || handingOver || now - lastFailedHandover < HANDOVER_COOLDOWN_MS) return false;
  if (!near && !roomId && sameZone(zone, useWorld.getState().zone)) return false;
  handingOver = true;
  useWorld.setState({ enteringZone: zone });
  try {
    const mine = generation;
    const spawn = near ? undefined : { x: motion.self.x, z: motion.self.z, ry: motion.self.ry };
    const next = await joinOptions(zone, spawn, near, roomId);
    // The old room dropped or the visitor left while joining: this room is no longer wanted.
    if (mine !== generation || room !== current || useWorld.getState().status !== 'connected') {
      void next.leave(true);
      return false;
    }
    current.removeAllListeners();
    if (near) {
      // Nowhere near the old spot: stand still until the new room says where.
      motion.placed = false;
      motion.route = [];
    }
    attach(next, zone, HANDOVER_SNAP_DISTANCE);
    void current.leave(true);
    return true;
  } catch (error) {
    lastFailedHandover = Date.now();
    useSession.setState({ notice: noticeFor(error) });
    return false;
  } finally {
    handingOver = false;
    useWorld.setState({ enteringZone: null });
  }
}

/** Whether `candidate` is the room the world shows now (a late message from a room left behind is not). */
export const isCurrentRoom = (candidate: Room) => candidate === room;

export function sendMove(move: Move): void {
  if (room && useWorld.getState().status === 'connected') room.send(MESSAGES.move, move);
}

/** Why a message was not sent: not connected, or refused by the same rules the server applies. */
export type SendResult =
  { ok: true } | { ok: false; problem: 'offline' } | { ok: false; problem: 'invalid'; code: string; message: string };

/** Checks a message with its shared schema, then sends it to the current room. */
export function sendChecked<T>(
  type: string,
  schema: z.ZodType<T>,
  body: unknown,
  sent?: (data: T) => void,
): SendResult {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: 'invalid', code: issue?.code ?? 'custom', message: issue?.message ?? '' };
  }
  if (!room || useWorld.getState().status !== 'connected') return { ok: false, problem: 'offline' };
  room.send(type, parsed.data);
  sent?.(parsed.data);
  return { ok: true };
}

/** Stage messages, for the pavilion the visitor is in; the server answers with a new status or question list. */
export const raiseHand = (raised: boolean) => sendChecked(StageMessages.hand, HandRequest, { raised });
export const askQuestion = (text: string) => sendChecked(StageMessages.ask, QuestionAsk, { text });
export const voteQuestion = (id: string) => sendChecked(StageMessages.vote, QuestionRef, { id });

/** Organisers only (the server checks): who speaks on the stage, and which questions are answered. */
export const answerQuestion = (id: string) => sendChecked(StageMessages.answer, QuestionRef, { id });
export const promote = (userId: string) => sendChecked(StageMessages.promote, PersonRequest, { userId });
export const demote = (userId: string) => sendChecked(StageMessages.demote, PersonRequest, { userId });
export const removeFromStage = (userId: string) => sendChecked(StageMessages.remove, PersonRequest, { userId });
export const muteTrack = (userId: string, trackSid: string) =>
  sendChecked(StageMessages.muteTrack, MuteTrackRequest, { userId, trackSid });
