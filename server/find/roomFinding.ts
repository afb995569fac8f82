import type { Room } from '@colyseus/core';
import { describeZodError } from '../../shared/errors.ts';
import { FindMessages, JumpRequest, type JumpElsewhere, type JumpPlaced, type JumpRefused } from '../../shared/find.ts';
import type { Spawn } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { spotBeside } from '../../shared/world/beside.ts';
import type { Vec2 } from '../../shared/world/geometry.ts';
import { TourMessages } from '../../shared/tours.ts';
import type { Zone } from '../../shared/world/world.ts';
import type { ExpoAuth, ExpoClient } from '../rooms/ExpoRoom.ts';
import { placeWalker } from '../rooms/placeWalker.ts';
import { countRefusal } from '../rooms/messageRefusals.ts';
import type { RoomContext } from '../rooms/roomContext.ts';
import { attachTours } from '../tours/tourHandlers.ts';
import type { Presence } from './presenceDirectory.ts';

/** What an expo room asks of finding people at a join and a leave. */
export interface RoomFinding {
  /** Beside the person a `near` join asked for, when the join was admitted and they are in this room. */
  arrivalNear(client: ExpoClient, auth: ExpoAuth): Spawn | undefined;
  arrived(client: ExpoClient): void;
  departed(client: ExpoClient): void;
}

/**
 * Finding people and guided tours in one expo room: registers the jump and tour messages, keeps
 * the presence directory told of who is here, and places `near` joins beside their person.
 */
export function attachFinding(room: Room<ExpoRoomState>, ctx: RoomContext, zone: () => Zone): RoomFinding {
  const presences = new Map<string, Presence>();

  /** Where everyone else in this room stands, so that nobody lands inside another avatar. */
  function othersThan(...sessionIds: string[]): Vec2[] {
    const spots: Vec2[] = [];
    for (const client of room.clients as ExpoClient[]) {
      if (client.userData && !sessionIds.includes(client.sessionId)) spots.push(client.userData);
    }
    return spots;
  }

  function besideInThisRoom(target: Presence, sessionId: string, from?: Vec2): Spawn | undefined {
    if (target.roomId !== room.roomId) return undefined;
    // Their standing place, and whether they are connected, are known for sure only here in their room.
    const standing = (room.clients.getById(target.sessionId) as ExpoClient | undefined)?.userData;
    if (!standing || target.away()) return undefined;
    return spotBeside(ctx.world, zone(), standing, othersThan(sessionId, target.sessionId), from);
  }

  const refuse = (client: ExpoClient, refusal: JumpRefused) => {
    countRefusal(refusal.reason);
    client.send(FindMessages.refused, refusal);
  };

  room.onMessage(FindMessages.jump, async (client: ExpoClient, payload: unknown) => {
    const user = client.auth?.user;
    const walker = client.userData;
    if (!user || !walker) return;
    const request = JumpRequest.safeParse(payload);
    if (!request.success) return refuse(client, { reason: 'invalid', message: describeZodError(request.error) });
    if (!ctx.find.mayJump(user.id)) {
      return refuse(client, { reason: 'throttled', message: 'you are jumping too often; wait a few seconds' });
    }
    const admission = await ctx.find.admit(user, request.data.userId);
    if (!admission.ok) return refuse(client, admission.refusal);
    const { target } = admission;
    const player = room.state.players.get(client.sessionId);
    if (!player || !room.clients.getById(client.sessionId)) return;
    if (target.roomId !== room.roomId) {
      const elsewhere: JumpElsewhere = { userId: target.user.id, place: target.place, roomId: target.roomId };
      return client.send(FindMessages.elsewhere, elsewhere);
    }
    const spot = besideInThisRoom(target, client.sessionId, walker);
    if (!spot) return refuse(client, { reason: 'not_here', message: 'there is no free spot beside that person' });
    placeWalker(walker, player, spot);
    const placed: JumpPlaced = { userId: target.user.id, ...spot };
    client.send(FindMessages.placed, placed);
  });

  attachTours(room, ctx);

  return {
    arrivalNear(client, auth) {
      if (!auth.near) return undefined;
      // Looked up again: they may have moved on while this join went through.
      const target = auth.near.ok ? ctx.find.presence.whereIs(auth.near.target.user.id) : undefined;
      const spot = target && besideInThisRoom(target, client.sessionId);
      if (spot) return spot;
      const refusal: JumpRefused = auth.near.ok
        ? { reason: 'not_here', message: 'that person is not in this room any more' }
        : auth.near.refusal;
      client.send(FindMessages.refused, refusal);
      return undefined;
    },
    arrived(client) {
      const walker = client.userData;
      const user = client.auth?.user;
      if (!walker || !user) return;
      const presence: Presence = {
        user,
        place: zone(),
        roomId: room.roomId,
        sessionId: client.sessionId,
        away: () => room.state.players.get(client.sessionId)?.away ?? true,
      };
      presences.set(client.sessionId, presence);
      ctx.find.presence.arrive(presence);
      client.send(TourMessages.state, ctx.tours.stateOf(user.id));
    },
    departed(client) {
      const presence = presences.get(client.sessionId);
      if (!presence) return;
      presences.delete(client.sessionId);
      ctx.find.presence.depart(presence);
    },
  };
}
