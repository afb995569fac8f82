import { EventEmitter } from 'node:events';
import type { Presence as Bus } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import type { Zone } from '../../shared/world/world.ts';
import { BusTopic } from '../bus/busTopic.ts';
import { BEAT_MS, ProcessLiveness } from '../bus/processLiveness.ts';
import { PresenceEvent, type PresenceSeen } from './presenceEvents.ts';

/** One person in one room, in this process or another, as finding people and tours see them. */
export interface Presence {
  user: SessionUser;
  place: Zone;
  roomId: string;
  sessionId: string;
  /**
   * True while their connection is down and their seat held. Exact in the process of their room;
   * elsewhere up to one beat late, and the room checks again when someone comes to them.
   */
  away(): boolean;
}

interface PresenceEvents {
  /** The person is now in another room than before (a hand-over done, or a first arrival); zones split into instances. */
  moved: [userId: string, place: Zone, roomId: string];
  /** The person's last connection is gone. */
  gone: [userId: string];
}

/**
 * One of a person's rooms; `origin` is the process that told of it, undefined for this one.
 * `away` is what was last told of their connection: by this process for its own, to it for others'.
 */
interface Entry {
  presence: Presence;
  at: number;
  origin: string | undefined;
  away: boolean;
}

const PRESENCE_TOPIC = 'presence.directory';

const later = (a: Entry, b: Entry) => a.at > b.at || (a.at === b.at && a.presence.sessionId > b.presence.sessionId);

/**
 * Who is where across every room of every process, by user id. During a hand-over a person is
 * in two rooms for a moment, perhaps in two processes; the room they joined last is where they
 * are. Rooms of this process arrive and depart here; the other processes tell theirs on the
 * bus, and a process that starts asks the others for everyone they have.
 */
export class PresenceDirectory {
  private readonly byUser = new Map<string, Entry[]>();
  private readonly shared: BusTopic<PresenceEvent>;
  private readonly liveness: ProcessLiveness;
  private lastArrival = 0;
  readonly events = new EventEmitter<PresenceEvents>().setMaxListeners(0);
  /** Settles once the other processes' rooms are heard (and asked for who is in them). */
  readonly ready: Promise<void>;

  constructor(bus: Bus, beatMs = BEAT_MS) {
    this.shared = new BusTopic(bus, PRESENCE_TOPIC, PresenceEvent, (event, origin) => this.hear(event, origin));
    this.ready = this.shared.ready.then(() => this.shared.publish({ kind: 'hello' }));
    // The people of a process that fell silent (a crash) are forgotten.
    this.liveness = new ProcessLiveness(
      beatMs,
      (full) => this.stayAlive(full),
      (origin) => this.forget(origin),
    );
  }

  arrive(presence: Presence): void {
    // Strictly increasing here, so that two arrivals in one millisecond keep their order.
    const at = (this.lastArrival = Math.max(Date.now(), this.lastArrival + 0.001));
    const entry: Entry = { presence, at, origin: undefined, away: presence.away() };
    this.enter(entry);
    this.shared.publish({ kind: 'arrived', seen: seenOf(entry) });
  }

  depart(presence: Presence): void {
    if (!this.byUser.get(presence.user.id)?.some((e) => e.presence === presence)) return;
    this.leave(presence.user.id, (e) => e.presence === presence);
    this.shared.publish({ kind: 'departed', userId: presence.user.id, sessionId: presence.sessionId });
  }

  /** Where the person is now, or undefined when they are not at the event. */
  whereIs(userId: string): Presence | undefined {
    return this.byUser.get(userId)?.at(-1)?.presence;
  }

  /** Everyone present, once each, where they are now. */
  *everyone(): IterableIterator<Presence> {
    for (const list of this.byUser.values()) yield list.at(-1)!.presence;
  }

  close(): void {
    this.liveness.close();
    this.shared.close();
  }

  private enter(entry: Entry): void {
    const userId = entry.presence.user.id;
    const before = this.whereIs(userId);
    const list = (this.byUser.get(userId) ?? []).filter((e) => e.presence.sessionId !== entry.presence.sessionId);
    const after = list.findIndex((e) => later(e, entry));
    list.splice(after === -1 ? list.length : after, 0, entry);
    this.byUser.set(userId, list);
    this.told(userId, before);
  }

  private leave(userId: string, which: (entry: Entry) => boolean): void {
    const list = this.byUser.get(userId);
    if (!list) return;
    const before = list.at(-1)?.presence;
    const rest = list.filter((e) => !which(e));
    if (rest.length > 0) this.byUser.set(userId, rest);
    else this.byUser.delete(userId);
    this.told(userId, before);
  }

  /** Emits what changed for the person, in this process, whichever process's room changed. */
  private told(userId: string, before: Presence | undefined): void {
    const now = this.whereIs(userId);
    if (!now) {
      if (before) this.events.emit('gone', userId);
    } else if (before?.roomId !== now.roomId) this.events.emit('moved', userId, now.place, now.roomId);
  }

  private hear(event: PresenceEvent, origin: string): void {
    this.liveness.heard(origin);
    switch (event.kind) {
      case 'arrived':
        return this.enter(remoteEntry(event.seen, origin));
      case 'present':
        // Everyone in the sender's rooms: whom it no longer lists left (a `departed` lost on the way).
        for (const userId of [...this.byUser.keys()])
          this.leave(
            userId,
            (e) => e.origin === origin && !event.everyone.some((s) => s.sessionId === e.presence.sessionId),
          );
        for (const seen of event.everyone) this.enter(remoteEntry(seen, origin));
        return;
      case 'departed':
        return this.leave(event.userId, (e) => e.origin === origin && e.presence.sessionId === event.sessionId);
      case 'away': {
        const entry = this.byUser
          .get(event.userId)
          ?.find((e) => e.origin === origin && e.presence.sessionId === event.sessionId);
        if (entry) entry.away = event.away;
        return;
      }
      case 'hello':
        return this.shared.publish({ kind: 'present', everyone: this.here() });
      case 'alive':
        return;
    }
  }

  /** Everyone in this process's rooms, in every room they are in. */
  private here(): PresenceSeen[] {
    const seen: PresenceSeen[] = [];
    for (const list of this.byUser.values()) for (const e of list) if (e.origin === undefined) seen.push(seenOf(e));
    return seen;
  }

  /**
   * Says this process still runs and whose connections dropped or came back; now and then says
   * everyone in its rooms, so that the others repair what they missed.
   */
  private stayAlive(full: boolean): void {
    this.shared.publish(full ? { kind: 'present', everyone: this.here() } : { kind: 'alive' });
    for (const [userId, list] of this.byUser)
      for (const entry of list) {
        if (entry.origin !== undefined || entry.presence.away() === entry.away) continue;
        entry.away = !entry.away;
        this.shared.publish({ kind: 'away', userId, sessionId: entry.presence.sessionId, away: entry.away });
      }
  }

  private forget(origin: string): void {
    for (const userId of [...this.byUser.keys()]) this.leave(userId, (e) => e.origin === origin);
  }
}

function seenOf({ presence: { user, place, roomId, sessionId }, at, away }: Entry): PresenceSeen {
  return { user, place, roomId, sessionId, at, away };
}

function remoteEntry({ at, away, ...seen }: PresenceSeen, origin: string): Entry {
  const entry: Entry = { presence: { ...seen, away: () => entry.away }, at, origin, away };
  return entry;
}
