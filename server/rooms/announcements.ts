import type { Client, Room } from '@colyseus/core';
import { AnnouncementUpdate } from '../../shared/announcements.ts';
import { MESSAGES } from '../../shared/protocol.ts';
import { ANNOUNCEMENT_CHANNEL, type AnnouncementBoard } from '../announcements/announcementBoard.ts';

export interface RoomAnnouncements {
  /** Tells a newcomer what the banner shows now (or that there is none). */
  greet(client: Client): void;
  /**
   * Tells someone whose connection dropped and came back what the banner shows now: changes
   * while they were away were broadcast without them. Named by session, which a reconnection
   * keeps, since the client object that left is not the one that came back.
   */
  greetReturning(sessionId: string): void;
  /** Stops relaying; for the room's onDispose. */
  detach(): void;
}

/**
 * Relays the organisers' banner to everyone in a room: each change as it is published on the
 * presence channel, and the current one to each person as they join.
 */
export function relayAnnouncements(room: Room, board: AnnouncementBoard): RoomAnnouncements {
  const relay = (message: unknown) => {
    const update = AnnouncementUpdate.safeParse(message);
    if (update.success) room.broadcast(MESSAGES.announcement, update.data);
  };
  void room.presence.subscribe(ANNOUNCEMENT_CHANNEL, relay);
  const greet = (client: Client) =>
    client.send(MESSAGES.announcement, { active: board.current() } satisfies AnnouncementUpdate);
  return {
    greet,
    greetReturning: (sessionId) => {
      const client = room.clients.getById(sessionId);
      if (client) greet(client);
    },
    detach: () => void room.presence.unsubscribe(ANNOUNCEMENT_CHANNEL, relay),
  };
}
