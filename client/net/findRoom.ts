import type { Room } from 'colyseus.js';
import { FindMessages, JumpElsewhere, JumpPlaced, JumpRefused, JumpRequest, WatchRequest } from '../../shared/find.ts';
import {
  TourCommand,
  TourEnded,
  TourFollow,
  TourMessages,
  TourRef,
  TourRefused,
  TourStart,
  TourState,
  TourSummary,
} from '../../shared/tours.ts';
import { useFind, type Destination } from '../state/find.ts';
import { useTours } from '../state/tours.ts';
import { useWorld } from '../state/world.ts';
import { motion } from '../world/motion.ts';
import { currentRoomId, handOver, RETRY_EVERY_MS, sendChecked } from './rooms.ts';
import { sleep } from './sleep.ts';

/** A jump the server never answered (the connection dropped meanwhile) stops showing as under way. */
const JUMP_ANSWER_MS = 10_000;
let unanswered: ReturnType<typeof setTimeout> | undefined;

/** How long a follow keeps trying while another hand-over (a doorway, a jump) is under way. */
const FOLLOW_ATTEMPTS = 10;

/** Finding people and tours in the current room: jump answers, and what the server says of one's tour. */
export function listenToFinding(next: Room, current: () => boolean): void {
  next.onMessage(FindMessages.placed, (raw: unknown) => {
    const placed = JumpPlaced.safeParse(raw);
    if (!current() || !placed.success) return;
    clearTimeout(unanswered);
    const { x, z, ry } = placed.data;
    Object.assign(motion.self, { x, z, ry });
    motion.route = [];
    arrived();
  });
  next.onMessage(FindMessages.elsewhere, (raw: unknown) => {
    const elsewhere = JumpElsewhere.safeParse(raw);
    const jumping = useFind.getState().jumpingTo;
    if (!current() || !elsewhere.success || jumping?.userId !== elsewhere.data.userId) return;
    clearTimeout(unanswered);
    void handOver(elsewhere.data.place, elsewhere.data.userId, elsewhere.data.roomId).then((done) => {
      // A refusal from the new room arrives first and clears the jump; otherwise they are beside them now.
      if (useFind.getState().jumpingTo !== jumping) return;
      if (done) arrived();
      else useFind.setState({ jumpingTo: null, outcome: { kind: 'lost', name: jumping.name } });
    });
  });
  next.onMessage(FindMessages.refused, (raw: unknown) => {
    const refused = JumpRefused.safeParse(raw);
    if (!current() || !refused.success) return;
    clearTimeout(unanswered);
    const name = useFind.getState().jumpingTo?.name ?? null;
    useFind.setState({ jumpingTo: null, outcome: { kind: 'refused', reason: refused.data.reason, name } });
  });

  next.onMessage(TourMessages.state, (raw: unknown) => {
    const state = TourState.safeParse(raw);
    if (!current() || !state.success) return;
    const id = state.data.tour?.id;
    useTours.setState((s) => ({
      mine: state.data,
      announced: id ? s.announced.filter((t) => t.id !== id) : s.announced,
      ended: id ? null : s.ended,
    }));
  });
  next.onMessage(TourMessages.announced, (raw: unknown) => {
    const tour = TourSummary.safeParse(raw);
    if (!current() || !tour.success) return;
    useTours.setState((s) => ({ announced: [...s.announced.filter((t) => t.id !== tour.data.id), tour.data] }));
  });
  next.onMessage(TourMessages.follow, (raw: unknown) => {
    const follow = TourFollow.safeParse(raw);
    if (current() && follow.success) void followGuide(follow.data);
  });
  next.onMessage(TourMessages.ended, (raw: unknown) => {
    const ended = TourEnded.safeParse(raw);
    if (current() && ended.success) useTours.setState({ ended: ended.data });
  });
  next.onMessage(TourMessages.refused, (raw: unknown) => {
    const refused = TourRefused.safeParse(raw);
    if (current() && refused.success) useTours.setState({ refusal: { why: refused.data.refusal } });
  });
}

function arrived(): void {
  const jumping = useFind.getState().jumpingTo;
  useWorld.setState({ walkingTo: null });
  useFind.setState({
    jumpingTo: null,
    walkingTo: null,
    outcome: jumping ? { kind: 'arrived', name: jumping.name } : null,
  });
}

/** Goes into the guide's room, beside them; retries while another hand-over is busy, while still on that tour. */
async function followGuide(follow: TourFollow): Promise<void> {
  const stillFollowing = () => useTours.getState().mine.tour?.id === follow.tourId;
  for (let attempt = 0; attempt < FOLLOW_ATTEMPTS && stillFollowing(); attempt++) {
    if (currentRoomId() === follow.roomId) return;
    if (await handOver(follow.place, follow.guideId, follow.roomId)) return;
    await sleep(RETRY_EVERY_MS);
  }
}

/** Asks the server to put the visitor beside `to` at once; the answer comes back as a room message. */
export function jumpTo(to: Destination) {
  const sent = sendChecked(FindMessages.jump, JumpRequest, { userId: to.userId });
  if (sent.ok) {
    motion.route = [];
    useFind.setState({ jumpingTo: to, walkingTo: null, outcome: null });
    clearTimeout(unanswered);
    unanswered = setTimeout(() => {
      if (useFind.getState().jumpingTo === to)
        useFind.setState({ jumpingTo: null, outcome: { kind: 'lost', name: to.name } });
    }, JUMP_ANSWER_MS);
  }
  return sent;
}

/** Whose movements the visitor asked the current room to keep sending, and in which room. */
let watched: { userId: string; roomId: string | null } | null = null;

/**
 * While walking to someone in this room, asks it to send their movements however far they are
 * (the room otherwise sends only the nearest few); `null` lets go. Asks once per person and room.
 */
export function watchPerson(userId: string | null): void {
  const roomId = currentRoomId();
  if (userId === null) {
    if (watched?.roomId === roomId) sendChecked(FindMessages.watch, WatchRequest, { userId: null });
    watched = null;
    return;
  }
  if (watched?.userId === userId && watched.roomId === roomId) return;
  if (sendChecked(FindMessages.watch, WatchRequest, { userId }).ok) watched = { userId, roomId };
}

export function startTour(title: string) {
  useTours.setState({ refusal: null });
  return sendChecked(TourMessages.start, TourStart, { title });
}

export function joinTour(tourId: string) {
  useTours.setState({ refusal: null, ended: null });
  return sendChecked(TourMessages.join, TourRef, { tourId });
}

export function leaveTour() {
  return sendChecked(TourMessages.leave, TourCommand, {});
}

export function endTour() {
  return sendChecked(TourMessages.end, TourCommand, {});
}
