import type { Room } from '@colyseus/core';
import { describeZodError } from '../../shared/errors.ts';
import { FindMessages, WatchRequest, type JumpRefused } from '../../shared/find.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import type { ExpoClient } from '../rooms/ExpoRoom.ts';
import { countRefusal } from '../rooms/messageRefusals.ts';
import type { RoomContext } from '../rooms/roomContext.ts';
import type { RoomInterest } from '../rooms/roomInterest.ts';

/**
 * `find.watch`: a visitor walking to someone found in the same room asks to receive that
 * person's movements although they are beyond the few nearest (roomInterest.ts), so that the
 * walk can find and follow them. Allowed exactly where a jump to them would be (findable, here,
 * not away), and only within this room.
 */
export function registerWatchHandler(room: Room<ExpoRoomState>, ctx: RoomContext, interest: RoomInterest): void {
  /** Each client's latest request: an earlier one whose checks finish later must not win. */
  const latest = new Map<string, WatchRequest>();
  const refuse = (client: ExpoClient, refusal: JumpRefused) => {
    countRefusal(refusal.reason);
    client.send(FindMessages.refused, refusal);
  };

  room.onMessage(FindMessages.watch, async (client: ExpoClient, payload: unknown) => {
    const user = client.auth?.user;
    if (!user || !client.userData) return;
    const request = WatchRequest.safeParse(payload);
    if (!request.success) return refuse(client, { reason: 'invalid', message: describeZodError(request.error) });
    if (request.data.userId === null) {
      latest.delete(client.sessionId);
      return interest.watch(client, undefined);
    }
    latest.set(client.sessionId, request.data);
    const admission = await ctx.find.admit(user, request.data.userId);
    if (latest.get(client.sessionId) !== request.data || !room.clients.getById(client.sessionId)) return;
    latest.delete(client.sessionId);
    if (!admission.ok) return refuse(client, admission.refusal);
    if (admission.target.roomId !== room.roomId) {
      return refuse(client, { reason: 'not_here', message: 'that person is not in this room' });
    }
    interest.watch(client, admission.target.sessionId);
  });
}
