import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { colyseusClient, joinPlaza, newSession, startTestServer, until } from '../fixtures/server.ts';

let server: ExpoServer;
beforeAll(async () => {
  server = await startTestServer({ RECONNECT_SECONDS: '1', PAVILION_CAPACITY: '2' });
});
afterAll(() => server.close());

async function joinPavilion(id: string): Promise<Room<ExpoRoomState>> {
  const { token } = await newSession(server);
  return colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
    token,
    protocol: PROTOCOL_VERSION,
    pavilionId: id,
  });
}

describe('capacity', () => {
  it('opens an overflow instance of a pavilion when one is full, and keeps pavilions apart', async () => {
    const rooms = [
      await joinPavilion('kg'),
      await joinPavilion('kg'),
      await joinPavilion('kg'),
      await joinPavilion('hu'),
    ];
    const [first, second, third, other] = rooms as [Room, Room, Room, Room];
    expect(second.roomId).toBe(first.roomId);
    expect(third.roomId).not.toBe(first.roomId);
    expect(other.roomId).not.toBe(first.roomId);
    expect(other.roomId).not.toBe(third.roomId);
    await Promise.all(rooms.map((r) => r.leave(true)));
  });
});

describe('a connection that does not come back', () => {
  it('frees the seat after the grace period and refuses the late reconnection', async () => {
    const { token } = await newSession(server);
    const a = await joinPlaza(server, token);
    const { token: watcherToken } = await newSession(server);
    const watcher = await joinPlaza(server, watcherToken);
    await until(() => watcher.state.players?.has(a.sessionId) === true);
    const reconnectionToken = a.reconnectionToken;
    a.connection.close();
    await until(() => watcher.state.players.get(a.sessionId)?.away === true, 3000, 'away');
    await until(() => !watcher.state.players.has(a.sessionId), 4000, 'seat freed');
    await expect(colyseusClient(server).reconnect(reconnectionToken)).rejects.toBeTruthy();
    await watcher.leave(true);
  });
});
