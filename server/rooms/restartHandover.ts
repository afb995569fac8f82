import type { Room } from '@colyseus/core';
import { CLOSE_CODES, MESSAGES, type Spawn } from '../../shared/protocol.ts';
import { dequantizeAngle } from '../../shared/quantize.ts';
import type { ResumeSpot, ServerRestarting } from '../../shared/resume.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { sameZone, type ExpoWorld, type Zone } from '../../shared/world/world.ts';
import type { ExpoAuth, Walker } from './ExpoRoom.ts';
import type { RoomContext } from './roomContext.ts';

type AnyExpoRoom = Room<ExpoRoomState, unknown, Walker, ExpoAuth>;

/**
 * The server is going down: everyone in the room is handed a ticket back to the spot they stand
 * on, then the room closes with `serverShutdown`, which tells clients to come back by themselves.
 * Each client's sends go out before its close (patchSlices.ts flushes a client's queue on leave).
 */
export async function closeForRestart(room: AnyExpoRoom, ctx: RoomContext, zone: Zone): Promise<void> {
  try {
    await Promise.all(
      room.clients.map(async (client) => {
        const walker = client.userData;
        const user = client.auth?.user;
        if (!walker || !user || walker.expelled) return;
        const player = room.state.players.get(client.sessionId);
        const ry = player ? dequantizeAngle(player.ry) : 0;
        const ticket = await ctx.resumeTickets.issue(user.id, { zone, x: walker.x, z: walker.z, ry });
        client.send(MESSAGES.serverRestarting, { ticket } satisfies ServerRestarting);
      }),
    );
  } catch (err) {
    // Without a ticket a visitor still comes back, at the usual arrival.
    ctx.log.error({ err, room: room.roomId }, 'could not hand out resume tickets');
  }
  // Never rejects: it runs unawaited, and a shutdown must not end in an unhandled rejection.
  try {
    await room.disconnect(CLOSE_CODES.serverShutdown);
  } catch (err) {
    ctx.log.error({ err, room: room.roomId }, 'could not close a room for the restart');
  }
}

/** Where a resume ticket puts its holder in `zone`: its spot, if it is this zone's and free to stand on. */
export function resumedSpot(world: ExpoWorld, zone: Zone, spot: ResumeSpot | undefined): Spawn | undefined {
  if (!spot || !sameZone(spot.zone, zone)) return undefined;
  if (!world.fitsZone(zone, spot.x, spot.z) || world.isBlocked(spot.x, spot.z)) return undefined;
  return { x: spot.x, z: spot.z, ry: spot.ry };
}
