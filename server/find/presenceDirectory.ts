import { EventEmitter } from 'node:events';
import type { SessionUser } from '../../shared/api.ts';
import type { Vec2 } from '../../shared/world/geometry.ts';
import type { Zone } from '../../shared/world/world.ts';

/** One person in one room of this process, as finding people and tours see them. */
export interface Presence {
  user: SessionUser;
  place: Zone;
  roomId: string;
  sessionId: string;
  /** Where the server last accepted them standing. */
  position(): Vec2;
  /** True while their connection is down and their seat held. */
  away(): boolean;
}

interface PresenceEvents {
  /** The person is now in another room than before (a hand-over done, or a first arrival); zones split into instances. */
  moved: [userId: string, place: Zone, roomId: string];
  /** The person's last connection is gone. */
  gone: [userId: string];
}

/**
 * Who is where across every room of this process, by user id. During a hand-over a person is
 * in two rooms for a moment; the room they joined last is where they are.
 */
export class PresenceDirectory {
  private readonly byUser = new Map<string, Presence[]>();
  readonly events = new EventEmitter<PresenceEvents>().setMaxListeners(0);

  arrive(presence: Presence): void {
    const before = this.whereIs(presence.user.id);
    const list = this.byUser.get(presence.user.id) ?? [];
    list.push(presence);
    this.byUser.set(presence.user.id, list);
    if (before?.roomId !== presence.roomId)
      this.events.emit('moved', presence.user.id, presence.place, presence.roomId);
  }

  depart(presence: Presence): void {
    const list = this.byUser.get(presence.user.id);
    if (!list) return;
    const before = list.at(-1);
    const rest = list.filter((p) => p !== presence);
    if (rest.length > 0) {
      this.byUser.set(presence.user.id, rest);
      const now = rest.at(-1)!;
      if (before && before.roomId !== now.roomId) this.events.emit('moved', presence.user.id, now.place, now.roomId);
      return;
    }
    this.byUser.delete(presence.user.id);
    this.events.emit('gone', presence.user.id);
  }

  /** Where the person is now, or undefined when they are not at the event. */
  whereIs(userId: string): Presence | undefined {
    return this.byUser.get(userId)?.at(-1);
  }

  /** Everyone present, once each, where they are now. */
  *everyone(): IterableIterator<Presence> {
    for (const list of this.byUser.values()) yield list.at(-1)!;
  }
}
