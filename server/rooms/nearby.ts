import type { Room } from '@colyseus/core';
import { CHAT_LIMITS } from '../../shared/chat.ts';
import type { ExpoClient } from './ExpoRoom.ts';

/**
 * The connections of a room within the nearby radius of `sender` where the server has them
 * now (the sender included): who hears a nearby message or sees a reaction.
 */
export function clientsNear(room: Room, sender: ExpoClient): ExpoClient[] {
  const from = sender.userData;
  if (!from) return [];
  const near: ExpoClient[] = [];
  for (const client of room.clients as ExpoClient[]) {
    const at = client.userData;
    if (at && !at.expelled && Math.hypot(at.x - from.x, at.z - from.z) <= CHAT_LIMITS.nearbyRadius) near.push(client);
  }
  return near;
}
