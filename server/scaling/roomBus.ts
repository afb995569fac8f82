import { LocalPresence, matchMaker, type MatchMakerDriver, type Presence } from '@colyseus/core';
import { RedisDriver } from '@colyseus/redis-driver';
import { RedisPresence } from '@colyseus/redis-presence';
import { ROOMS } from '../../shared/protocol.ts';
import type { PavilionPlacement } from '../rooms/boothRemoval.ts';
import { placeRoomsByGroup, processHostingGroup } from './placement.ts';

/** How long start-up waits for Redis before it says REDIS_URL is wrong, instead of hanging. */
const REDIS_ANSWER_MS = 5000;

export interface RoomBus {
  /** Colyseus's channel between rooms, and what the expo's own services publish on. */
  presence: Presence;
  /** Where room listings live; undefined keeps Colyseus's in-memory one. */
  driver: MatchMakerDriver | undefined;
  /** Which process creates a new room; undefined keeps Colyseus's default (there is only this one). */
  selectProcessIdToCreateRoom: ((roomName: string, options: Record<string, unknown>) => Promise<string>) | undefined;
}

/**
 * One process keeps rooms, listings and messages in memory. With REDIS_URL every process
 * lists its rooms in Redis and relays through it, so a visitor matchmade by any process
 * reaches a room on any other.
 */
export async function openRoomBus(redisUrl: string | undefined): Promise<RoomBus> {
  if (!redisUrl) {
    const presence = new LocalPresence();
    // Every room listens on the announcement channel: many more than EventEmitter's default ten.
    presence.setMaxListeners(0);
    return { presence, driver: undefined, selectProcessIdToCreateRoom: undefined };
  }
  const presence = new RedisPresence(redisUrl);
  presence.setMaxListeners(0);
  const driver = new RedisDriver(redisUrl);
  try {
    await answersWithin(presence.exists('tm:ping'), REDIS_ANSWER_MS);
  } catch {
    presence.shutdown();
    await driver.shutdown();
    throw new Error(
      `Redis at REDIS_URL (${withoutPassword(redisUrl)}) did not answer within ${REDIS_ANSWER_MS / 1000} s`,
    );
  }
  return { presence, driver, selectProcessIdToCreateRoom: placeRoomsByGroup(presence) };
}

function answersWithin<T>(answer: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([answer, late]).finally(() => clearTimeout(timer));
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'an unreadable URL';
  }
}

/** Where each pavilion's rooms are, when they run in several processes; undefined with one. */
export function pavilionPlacement(roomBus: RoomBus): PavilionPlacement | undefined {
  if (!roomBus.driver) return undefined;
  return {
    processId: () => matchMaker.processId,
    hostOf: (pavilionId) => processHostingGroup(ROOMS.pavilion, { pavilionId }),
  };
}
