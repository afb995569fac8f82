import type { Client, Room } from 'colyseus.js';
import type { CountryId } from '../../shared/countries.ts';
import { InstanceList, SeatReservation, type InstanceJoin, type PavilionInstance } from '../../shared/instances.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import type { Notice } from '../state/session.ts';
import { request } from './api.ts';
import { ApiFailure } from './apiFailure.ts';

const instancesPath = (pavilionId: CountryId) => `/api/pavilions/${encodeURIComponent(pavilionId)}/instances`;

/** The halls (instances) of a pavilion open now, in hall order, with how full each is. */
export async function fetchInstances(pavilionId: CountryId, signal?: AbortSignal): Promise<PavilionInstance[]> {
  return (await request(InstanceList, instancesPath(pavilionId), { signal })).instances;
}

/** Joins that very hall of the pavilion: the server reserves the seat there, then the room's line opens. */
export async function joinInstance(
  client: Client,
  pavilionId: CountryId,
  roomId: string,
  // The server checks the protocol version, as for any join.
  join: Omit<InstanceJoin, 'protocol'> & { protocol: number },
): Promise<Room<ExpoRoomState>> {
  const path = `${instancesPath(pavilionId)}/${encodeURIComponent(roomId)}/seat`;
  const seat = await request(SeatReservation, path, { method: 'POST', body: JSON.stringify(join) });
  return client.consumeSeatReservation<ExpoRoomState>(seat);
}

/** What the visitor reads when the hall they picked could not take them, so they went to another; undefined for other failures. */
export function hallUnavailableNotice(error: unknown): Notice | undefined {
  if (!(error instanceof ApiFailure)) return undefined;
  if (error.code === 'room_full') return { key: 'instances.fullNotice' };
  if (error.code === 'not_found') return { key: 'instances.goneNotice' };
  return undefined;
}
