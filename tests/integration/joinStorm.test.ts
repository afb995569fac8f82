import { matchMaker } from '@colyseus/core';
import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinThroughCrowd } from '../../client/net/joinRetry.ts';
import type { ExpoServer } from '../../server/createServer.ts';
import type { InstanceList } from '../../shared/instances.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, newSession, startTestServer, until } from '../fixtures/server.ts';

const BOTS = 300;
const CAPACITY = 80;
const PAVILION = 'kz';

let server: ExpoServer;
beforeAll(async () => {
  server = await startTestServer({
    PAVILION_CAPACITY: String(CAPACITY),
    RECONNECT_SECONDS: '0',
    // Every bot signs in from 127.0.0.1: the per-address limits are meant for real people.
    SESSIONS_PER_MINUTE: '1000000',
    API_REQUESTS_PER_SECOND: '1000000',
  });
});
afterAll(() => server.close());

/** What a room instance of this process holds at a moment: people connected, and seats reserved for people on their way. */
interface Occupancy {
  roomId: string;
  clients: number;
  reserved: number;
  listed: number;
}

async function occupancy(): Promise<Occupancy[]> {
  const listings = await matchMaker.query({ name: ROOMS.pavilion, pavilionId: PAVILION });
  return listings.map((listing) => {
    const room = matchMaker.getLocalRoomById(listing.roomId) as unknown as
      { clients: unknown[]; reservedSeats: Record<string, unknown> } | undefined;
    return {
      roomId: listing.roomId,
      clients: room?.clients.length ?? 0,
      reserved: room ? Object.keys(room.reservedSeats).length : 0,
      listed: listing.clients,
    };
  });
}

describe('a join storm on one pavilion', () => {
  it(`seats all ${BOTS} visitors arriving at once, in instances of that pavilion, never over ${CAPACITY} in any`, async () => {
    const signingIn = Date.now();
    const tokens = await Promise.all(Array.from({ length: BOTS }, async () => (await newSession(server)).token));

    // Sampled from the server side all through the storm, as often as the event loop lets us.
    const peak = new Map<string, number>();
    let samples = 0;
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        for (const o of await occupancy()) {
          peak.set(o.roomId, Math.max(peak.get(o.roomId) ?? 0, o.clients + o.reserved, o.listed));
        }
        samples++;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();

    const signedIn = (Date.now() - signingIn) / 1000;
    const started = Date.now();
    let failures = 0;
    const rooms = await Promise.all(
      tokens.map((token) =>
        // The client's own retry on top of Colyseus's: what the browser does (client/net/rooms.ts).
        joinThroughCrowd(() =>
          colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
            token,
            protocol: PROTOCOL_VERSION,
            pavilionId: PAVILION,
          }),
        ).then(
          (room) => {
            room.onMessage('*', () => undefined);
            return room;
          },
          (error: unknown) => {
            failures++;
            throw error;
          },
        ),
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    sampling = false;
    await sampler;

    expect(failures).toBe(0);
    expect(rooms).toHaveLength(BOTS);
    expect(samples).toBeGreaterThan(10);

    // Every bot is in an instance of that pavilion, by its own room id and by the server's.
    const byRoom = new Map<string, Room<ExpoRoomState>[]>();
    for (const room of rooms) byRoom.set(room.roomId, [...(byRoom.get(room.roomId) ?? []), room]);
    const now = await occupancy();
    expect(new Set(now.map((o) => o.roomId))).toEqual(new Set(byRoom.keys()));
    await until(() => rooms.every((room) => room.state.pavilionId === PAVILION), 15_000, 'every bot sees the pavilion');
    expect(now.reduce((sum, o) => sum + o.clients, 0)).toBe(BOTS);
    expect(byRoom.size).toBeGreaterThanOrEqual(Math.ceil(BOTS / CAPACITY));

    // Never over the cap: not at any sampled moment, and not in the end, by any count.
    for (const [roomId, most] of peak) expect(most, `peak of ${roomId}`).toBeLessThanOrEqual(CAPACITY);
    for (const [roomId, members] of byRoom) expect(members.length, `bots in ${roomId}`).toBeLessThanOrEqual(CAPACITY);
    for (const o of now) expect(o.clients).toBe(byRoom.get(o.roomId)!.length);

    // Each instance is a hall with its own number.
    const { instances } = (await call(server, 'GET', `/api/pavilions/${PAVILION}/instances`, { token: tokens[0] }))
      .json as unknown as InstanceList;
    expect(instances.map((i) => i.hall)).toEqual(Array.from({ length: byRoom.size }, (_, i) => i + 1));
    expect(instances.every((i) => i.people <= i.capacity && i.capacity === CAPACITY)).toBe(true);

    console.info(
      `join storm: ${BOTS} sessions in ${signedIn.toFixed(1)} s; bots joined in ${seconds.toFixed(1)} s into ${byRoom.size} instances ` +
        `(${[...byRoom.values()].map((r) => r.length).join(', ')}), ${samples} samples, ` +
        `peaks ${[...peak.values()].join(', ')}`,
    );
    await Promise.all(rooms.map((room) => room.leave(true)));
  }, 60_000);
});
