import type { Presence } from '@colyseus/core';
import { z } from 'zod';
import type { SessionUser } from '../../shared/api.ts';
import type { Knock, KnockList, LobbyOutcome } from '../../shared/meetingRoom.ts';
import { MeetingId } from '../../shared/meetings.ts';
import { BusTopic } from '../bus/busTopic.ts';

export type Outcome = LobbyOutcome['outcome'];

interface Waiting {
  knock: Knock;
  /** Each lobby connection of the person: one hears the outcome. */
  connections: Set<(outcome: Outcome) => void>;
}

interface Gathering {
  locked: boolean;
  waiting: Map<string, Waiting>;
  knockListeners: Set<(knocks: KnockList) => void>;
  /** The meeting's room, told when the booking changes over HTTP (a new time, list or a cancellation). */
  revisionListeners: Set<() => void>;
}

const Revision = z.object({ meetingId: MeetingId });

/**
 * What a meeting's lobby and its room share in this process: who is knocking, whether the
 * meeting is locked, and the answers the chair gives. Keyed by meeting id. A meeting's room and
 * lobby are placed in one process, so all of that stays here; only a change of the booking comes
 * from elsewhere (an HTTP request any process may serve), and reaches every process on the bus.
 */
export class MeetingHub {
  private readonly gatherings = new Map<string, Gathering>();
  private readonly revisions: BusTopic<z.infer<typeof Revision>>;

  constructor(bus: Presence) {
    this.revisions = new BusTopic(bus, 'meeting.revised', Revision, ({ meetingId }) => this.tellRevised(meetingId));
  }

  /** Settles once revisions made by other processes are heard. */
  get ready(): Promise<void> {
    return this.revisions.ready;
  }

  close(): void {
    this.revisions.close();
  }

  private gathering(id: string): Gathering {
    let gathering = this.gatherings.get(id);
    if (!gathering) {
      gathering = { locked: false, waiting: new Map(), knockListeners: new Set(), revisionListeners: new Set() };
      this.gatherings.set(id, gathering);
    }
    return gathering;
  }

  /** Forgets a meeting nobody waits for, listens to or has locked. */
  private tidy(id: string): void {
    const gathering = this.gatherings.get(id);
    if (
      gathering &&
      !gathering.locked &&
      gathering.waiting.size === 0 &&
      gathering.knockListeners.size === 0 &&
      gathering.revisionListeners.size === 0
    )
      this.gatherings.delete(id);
  }

  isLocked(id: string): boolean {
    return this.gatherings.get(id)?.locked ?? false;
  }

  knocks(id: string): KnockList {
    const waiting = this.gatherings.get(id)?.waiting;
    return { knocks: [...(waiting?.values() ?? [])].map((w) => w.knock) };
  }

  /** Someone waiting in the lobby, or undefined. */
  waitingOne(id: string, userId: string): Knock | undefined {
    return this.gatherings.get(id)?.waiting.get(userId)?.knock;
  }

  /** The meeting room's chairs follow the lobby through this; returns how to stop. */
  watchKnocks(id: string, listener: (knocks: KnockList) => void): () => void {
    this.gathering(id).knockListeners.add(listener);
    return () => {
      this.gatherings.get(id)?.knockListeners.delete(listener);
      this.tidy(id);
    };
  }

  /** The meeting room follows changes to its booking through this; returns how to stop. */
  watchRevisions(id: string, listener: () => void): () => void {
    this.gathering(id).revisionListeners.add(listener);
    return () => {
      this.gatherings.get(id)?.revisionListeners.delete(listener);
      this.tidy(id);
    };
  }

  /** The booking changed: the meeting's room looks at it again, in whichever process it is. */
  revised(id: string): void {
    this.tellRevised(id);
    this.revisions.publish({ meetingId: id });
  }

  private tellRevised(id: string): void {
    for (const listener of this.gatherings.get(id)?.revisionListeners ?? []) listener();
  }

  private publish(id: string): void {
    const gathering = this.gatherings.get(id);
    if (!gathering) return;
    const knocks = this.knocks(id);
    for (const listener of gathering.knockListeners) listener(knocks);
  }

  /** A lobby connection knocks; `hear` receives the chair's answer. Returns what to call when it leaves. */
  knock(id: string, user: SessionUser, hear: (outcome: Outcome) => void): () => void {
    const { waiting } = this.gathering(id);
    let entry = waiting.get(user.id);
    if (!entry) {
      const knock: Knock = { userId: user.id, name: user.name, country: user.country, role: user.role, at: now() };
      entry = { knock, connections: new Set() };
      waiting.set(user.id, entry);
    }
    entry.connections.add(hear);
    this.publish(id);
    return () => {
      const current = this.gatherings.get(id)?.waiting.get(user.id);
      if (!current?.connections.delete(hear)) return;
      if (current.connections.size === 0) {
        this.gatherings.get(id)?.waiting.delete(user.id);
        this.publish(id);
      }
      this.tidy(id);
    };
  }

  /** Gives a knocking person the chair's answer on all their lobby connections; false if they are not waiting. */
  answer(id: string, userId: string, outcome: Outcome): boolean {
    const entry = this.gatherings.get(id)?.waiting.get(userId);
    if (!entry) return false;
    this.gatherings.get(id)?.waiting.delete(userId);
    for (const hear of entry.connections) hear(outcome);
    this.publish(id);
    this.tidy(id);
    return true;
  }

  private answerAll(id: string, outcome: Outcome): void {
    for (const userId of [...(this.gatherings.get(id)?.waiting.keys() ?? [])]) this.answer(id, userId, outcome);
  }

  /** Locking turns away everyone waiting and refuses new knocks until it is unlocked. */
  setLocked(id: string, locked: boolean): void {
    this.gathering(id).locked = locked;
    if (locked) this.answerAll(id, 'locked');
    this.tidy(id);
  }

  /** The meeting ended: everyone waiting is told, and the meeting forgotten. */
  end(id: string): void {
    this.answerAll(id, 'ended');
    const gathering = this.gatherings.get(id);
    if (gathering) gathering.locked = false;
    this.tidy(id);
  }
}

const now = () => new Date().toISOString();
