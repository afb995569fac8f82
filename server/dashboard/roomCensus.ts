import { matchMaker } from '@colyseus/core';
import type { CountryId } from '../../shared/countries.ts';
import type { RoomInstance } from '../../shared/dashboard.ts';
import { ROOMS } from '../../shared/protocol.ts';

/** Who is in which room instance, as the Colyseus room registry lists them (across processes with Redis). */
export interface RoomCensus {
  plaza: RoomInstance[];
  pavilions: Map<CountryId, RoomInstance[]>;
  /** People connected to each side meeting's room, by meeting id. */
  meetings: Map<string, number>;
}

/** The subset of a registry listing the census reads; pavilion and meeting rooms carry their filter option. */
export interface RoomListingLike {
  name: string;
  roomId: string;
  clients: number;
  pavilionId?: unknown;
  meetingId?: unknown;
}

/**
 * Counts seats taken per room instance: a visitor whose connection dropped keeps their seat
 * (and is counted) for the reconnection window, as the room itself does.
 */
export function censusOf(listings: readonly RoomListingLike[]): RoomCensus {
  const census: RoomCensus = { plaza: [], pavilions: new Map(), meetings: new Map() };
  const byRoomId = (a: RoomInstance, b: RoomInstance) => a.roomId.localeCompare(b.roomId);
  for (const room of listings) {
    const instance = { roomId: room.roomId, people: Math.max(0, room.clients) };
    if (room.name === ROOMS.plaza) census.plaza.push(instance);
    else if (room.name === ROOMS.pavilion && typeof room.pavilionId === 'string') {
      const id = room.pavilionId as CountryId;
      census.pavilions.set(id, [...(census.pavilions.get(id) ?? []), instance]);
    } else if (room.name === ROOMS.meeting && typeof room.meetingId === 'string') {
      census.meetings.set(room.meetingId, (census.meetings.get(room.meetingId) ?? 0) + instance.people);
    }
  }
  census.plaza.sort(byRoomId);
  for (const list of census.pavilions.values()) list.sort(byRoomId);
  return census;
}

export async function takeCensus(): Promise<RoomCensus> {
  return censusOf((await matchMaker.query({})) as unknown as RoomListingLike[]);
}
