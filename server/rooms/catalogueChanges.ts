import { matchMaker, type Client, type Presence, type Room } from '@colyseus/core';
import { CountryId } from '../../shared/countries.ts';
import { MESSAGES, ROOMS, type Correction } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { pointInPolygon, type Vec2 } from '../../shared/world/geometry.ts';
import { ExpoWorld } from '../../shared/world/world.ts';
import type { ExpoClient } from './ExpoRoom.ts';
import { placeWalker } from './placeWalker.ts';
import type { RoomContext } from './roomContext.ts';

/**
 * After an organiser changes pavilions or booths, the running rooms judge steps, booth visits
 * and arrivals by the new world at once (every room reads `ctx.world` each time), anyone a new
 * stand now stands on is put at the pavilion's entrance, and every client is told to read the
 * catalogue again. Changes come over the presence `bus`, so those made in another process too.
 */
export async function followCatalogueChanges(ctx: RoomContext, bus: Presence): Promise<() => void> {
  await ctx.catalogue.shareChangesOn(bus, ctx.log);
  return ctx.catalogue.onChanged((catalogue) => {
    ctx.world = new ExpoWorld(catalogue);
    void announce(ctx).catch((err: unknown) =>
      ctx.log.error({ err }, 'could not tell the rooms that the catalogue changed'),
    );
  });
}

/**
 * Someone whose connection dropped may have missed a change meanwhile: once they are back, they
 * read the catalogue again too (cheap, and nothing is kept of what was missed).
 */
export function catalogueAfterReconnect(room: Room, sessionId: string): void {
  // The new connection's client, which holds messages until its join is confirmed.
  (room.clients.getById(sessionId) as Client | undefined)?.send(MESSAGES.catalogueChanged, {});
}

async function announce(ctx: RoomContext): Promise<void> {
  const listings = [
    ...(await matchMaker.query({ name: ROOMS.plaza })),
    ...(await matchMaker.query({ name: ROOMS.pavilion })),
  ];
  for (const listing of listings) {
    const room = matchMaker.getLocalRoomById(listing.roomId) as Room<ExpoRoomState> | undefined;
    // Only this server's rooms: a test process may run more than one server.
    if (!room || (room as unknown as { ctx?: RoomContext }).ctx !== ctx) continue;
    const pavilionId = CountryId.safeParse(room.state.pavilionId);
    if (pavilionId.success) moveOffNewStands(ctx, room, pavilionId.data);
    room.broadcast(MESSAGES.catalogueChanged, {});
  }
}

/** Against a wall, or inside a stand (whose middle is further from its sides than an avatar is wide). */
function onStand(world: ExpoWorld, pavilionId: CountryId, at: Vec2): boolean {
  if (world.isBlocked(at.x, at.z)) return true;
  return world.booths.some((b) => b.pavilionId === pavilionId && pointInPolygon(at.x, at.z, b.corners));
}

function moveOffNewStands(ctx: RoomContext, room: Room<ExpoRoomState>, pavilionId: CountryId): void {
  if (!ctx.world.pavilion(pavilionId)) return;
  const entrance = ctx.world.entranceOf(pavilionId);
  for (const client of room.clients as ExpoClient[]) {
    const walker = client.userData;
    const player = room.state.players.get(client.sessionId);
    if (!walker || !player || !onStand(ctx.world, pavilionId, walker)) continue;
    placeWalker(walker, player, entrance);
    const correction: Correction = { x: entrance.x, z: entrance.z };
    client.send(MESSAGES.correction, correction);
  }
}
