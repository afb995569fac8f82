import { matchMaker } from '@colyseus/core';
import type { Room } from 'colyseus.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { JOIN_ERRORS, MESSAGES, PROTOCOL_VERSION, ROOMS, type Correction } from '../../shared/protocol.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { colyseusClient, joinPlaza, newSession, sleep, startTestServer, until } from '../fixtures/server.ts';
import { walk } from '../fixtures/walker.ts';
import { seedWorld } from '../fixtures/world.ts';

const world = seedWorld;
let server: ExpoServer;
const open: Room[] = [];

beforeAll(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  // A room whose socket was dropped never answers a leave: give each a moment, not forever.
  await Promise.all(open.splice(0).map((r) => Promise.race([r.leave(true).catch(() => undefined), sleep(500)])));
});
afterAll(() => server.close());

async function visitor(name: string, country = 'kz'): Promise<Room<ExpoRoomState>> {
  const { token } = await newSession(server, { name, country, lang: 'en' });
  const room = await joinPlaza(server, token);
  open.push(room);
  await until(() => room.state.players?.get(room.sessionId) !== undefined, 5000, 'own player');
  return room;
}

function positionOf(room: Room<ExpoRoomState>, sessionId: string) {
  const p = room.state.players.get(sessionId)!;
  return { x: dequantizePosition(p.x), z: dequantizePosition(p.z) };
}

/** The value of a counter of the server's metrics for one label value, 0 before it has one. */
function counted(metric: string, label: string, value: string): Promise<number> {
  return server.metrics.registry
    .getSingleMetric(metric)!
    .get()
    .then((m) => m.values.find((v) => v.labels[label] === value)?.value ?? 0);
}

const rejectionsOf = (reason: string) => counted('expo_moves_rejected_total', 'reason', reason);

describe('joining', () => {
  it('refuses a join without a token, with a forged token and with an old protocol', async () => {
    const client = colyseusClient(server);
    await expect(client.joinOrCreate(ROOMS.plaza, { protocol: PROTOCOL_VERSION })).rejects.toMatchObject({
      code: JOIN_ERRORS.bad_request,
      message: expect.stringMatching(/token/),
    });
    await expect(
      client.joinOrCreate(ROOMS.plaza, { protocol: PROTOCOL_VERSION, token: 'forged.token.here' }),
    ).rejects.toMatchObject({
      code: JOIN_ERRORS.unauthorized,
      message: expect.stringMatching(/not valid/),
    });
    const { token } = await newSession(server);
    await expect(client.joinOrCreate(ROOMS.plaza, { protocol: 0, token })).rejects.toMatchObject({
      code: JOIN_ERRORS.protocol_mismatch,
    });
    await expect(
      client.joinOrCreate(ROOMS.pavilion, { protocol: PROTOCOL_VERSION, token, pavilionId: 'atlantis' }),
    ).rejects.toBeTruthy();
  });

  it('creates no room and reserves no seat for a join without a valid token, and offers no other way in', async () => {
    const before = (await matchMaker.query({ name: ROOMS.pavilion })).length;
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}/matchmake/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const attempt of [
      await post('joinOrCreate/pavilion', { protocol: PROTOCOL_VERSION, pavilionId: 'tm' }),
      await post('joinOrCreate/pavilion', { protocol: PROTOCOL_VERSION, pavilionId: 'tm', token: 'forged' }),
      await post('create/pavilion', { protocol: PROTOCOL_VERSION, pavilionId: 'tm' }),
      await post('joinById/anything', {}),
    ]) {
      // Colyseus answers matchmaking with 200 and an error object in the body.
      expect(((await attempt.json()) as { error?: string }).error).toBeTruthy();
    }
    expect((await matchMaker.query({ name: ROOMS.pavilion })).length).toBe(before);
  });

  it('shows two visitors to each other, with name and country, and each one’s moves to the other', async () => {
    const a = await visitor('Aigerim', 'kz');
    const b = await visitor('Mehmet', 'tr');
    await until(() => a.state.players.size === 2 && b.state.players.size === 2, 5000, 'both see both');
    expect(a.state.players.get(b.sessionId)).toMatchObject({ name: 'Mehmet', country: 'tr', role: 'visitor' });
    expect(b.state.players.get(a.sessionId)).toMatchObject({ name: 'Aigerim', country: 'kz' });

    const start = positionOf(b, b.sessionId);
    await walk(b, start, { x: start.x + 2, z: start.z + 1 });
    await until(() => Math.abs(positionOf(a, b.sessionId).x - (start.x + 2)) < 0.1, 3000, 'A sees B move');
    expect(positionOf(a, b.sessionId).z).toBeCloseTo(start.z + 1, 1);
  });
});

describe('server-authoritative walking', () => {
  it('refuses a step faster than running and tells the client where it really is', async () => {
    const a = await visitor('Speedy');
    const start = positionOf(a, a.sessionId);
    const corrections: Correction[] = [];
    a.onMessage(MESSAGES.correction, (c: Correction) => corrections.push(c));
    const before = await rejectionsOf('too_fast');
    a.send(MESSAGES.move, { x: start.x + 10, z: start.z, ry: 0, anim: 2 });
    await until(() => corrections.length > 0, 3000, 'a correction');
    expect(corrections[0]).toEqual(start);
    expect(await rejectionsOf('too_fast')).toBe(before + 1);
    await sleep(120);
    expect(positionOf(a, a.sessionId)).toEqual(start);
  });

  it('refuses walking into the fountain', async () => {
    const a = await visitor('Wall tester');
    const start = positionOf(a, a.sessionId);
    await walk(a, start, { x: 0, z: 5 });
    await until(() => positionOf(a, a.sessionId).z < 5.1, 5000, 'reach the fountain');
    const corrections: Correction[] = [];
    a.onMessage(MESSAGES.correction, (c: Correction) => corrections.push(c));
    a.send(MESSAGES.move, { x: 0, z: 4.2, ry: 0, anim: 1 });
    await until(() => corrections.length > 0, 3000, 'a correction');
    expect(positionOf(a, a.sessionId).z).toBeCloseTo(5, 1);
  });

  it('refuses malformed moves and floods, and keeps the visitor where they were', async () => {
    const a = await visitor('Flooder');
    const start = positionOf(a, a.sessionId);
    const invalidBefore = await rejectionsOf('invalid');
    for (const bad of [{ x: 'a', z: 0 }, { x: NaN, z: 1, ry: 0, anim: 0 }, null, { x: 1e9, z: 0, ry: 0, anim: 0 }]) {
      a.send(MESSAGES.move, bad);
    }
    await sleep(150);
    expect(await rejectionsOf('invalid')).toBeGreaterThanOrEqual(invalidBefore + 3);
    const rateBefore = await rejectionsOf('rate');
    for (let i = 0; i < 40; i++) a.send(MESSAGES.move, { x: start.x, z: start.z + 0.01 * i, ry: 0, anim: 1 });
    await sleep(200);
    expect(await rejectionsOf('rate')).toBeGreaterThan(rateBefore + 25);
    expect(positionOf(a, a.sessionId).x).toBe(start.x);
  });
});

describe('pavilion rooms', () => {
  it('takes a visitor in at the spot they stepped through the doorway, and walks them no further than the margin outside', async () => {
    const { token } = await newSession(server);
    const client = colyseusClient(server);
    const inside = world.entranceOf('kz');
    const room = await client.joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
      token,
      protocol: PROTOCOL_VERSION,
      pavilionId: 'kz',
      spawn: { x: inside.x + 0.2, z: inside.z, ry: 0 },
    });
    open.push(room);
    await until(() => room.state.players?.get(room.sessionId) !== undefined);
    expect(room.state.pavilionId).toBe('kz');
    expect(positionOf(room, room.sessionId).x).toBeCloseTo(inside.x + 0.2, 1);

    const outside = world.frontOf('kz', 6);
    await walk(room, positionOf(room, room.sessionId), outside);
    await sleep(150);
    const last = positionOf(room, room.sessionId);
    expect(world.fitsZone({ kind: 'pavilion', id: 'kz' }, last.x, last.z)).toBe(true);
    expect(Math.hypot(last.x - outside.x, last.z - outside.z)).toBeGreaterThan(1.5);
  });

  it('ignores a requested spot far from the doorway', async () => {
    const { token } = await newSession(server);
    const room = await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
      token,
      protocol: PROTOCOL_VERSION,
      pavilionId: 'uz',
      spawn: { x: world.pavilion('uz')!.center.x, z: world.pavilion('uz')!.center.z, ry: 0 },
    });
    open.push(room);
    await until(() => room.state.players?.get(room.sessionId) !== undefined);
    const entrance = world.entranceOf('uz');
    expect(positionOf(room, room.sessionId).x).toBeCloseTo(entrance.x, 1);
    expect(positionOf(room, room.sessionId).z).toBeCloseTo(entrance.z, 1);
  });

  it('counts a pavilion room created on the first join and disposed when the last visitor leaves', async () => {
    const rooms = async () => ({
      created: await counted('expo_rooms_created_total', 'room', ROOMS.pavilion),
      disposed: await counted('expo_rooms_disposed_total', 'room', ROOMS.pavilion),
    });
    // The pavilion rooms of earlier tests finish closing first, so that every change below is this test's.
    await until(async () => ((r) => r.created === r.disposed)(await rooms()), 5000, 'no pavilion room open');
    const before = await rooms();
    const { token } = await newSession(server);
    const room = await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
      token,
      protocol: PROTOCOL_VERSION,
      pavilionId: 'hu',
    });
    room.onMessage('*', () => undefined);
    expect(await rooms()).toEqual({ created: before.created + 1, disposed: before.disposed });
    await room.leave(true);
    await until(async () => (await rooms()).disposed === before.disposed + 1, 5000, 'the room disposed');
    expect((await rooms()).created).toBe(before.created + 1);
  });
});

describe('reconnection', () => {
  it('brings a dropped visitor back into the same room at the same place, others seeing them away meanwhile', async () => {
    const a = await visitor('Dropper');
    const b = await visitor('Watcher');
    await until(() => b.state.players.has(a.sessionId));
    const start = positionOf(a, a.sessionId);
    await walk(a, start, { x: start.x + 1.5, z: start.z });
    await until(() => Math.abs(positionOf(b, a.sessionId).x - (start.x + 1.5)) < 0.1);

    const token = a.reconnectionToken;
    const sessionId = a.sessionId;
    a.connection.close();
    await until(() => b.state.players.get(sessionId)?.away === true, 5000, 'away flag');

    const back = await colyseusClient(server).reconnect<ExpoRoomState>(token);
    open.push(back);
    expect(back.sessionId).toBe(sessionId);
    expect(back.roomId).toBe(a.roomId);
    await until(() => back.state.players?.get(sessionId) !== undefined, 5000, 'state after reconnect');
    expect(positionOf(back, sessionId).x).toBeCloseTo(start.x + 1.5, 1);
    await until(() => b.state.players.get(sessionId)?.away === false, 5000, 'back again');
  });
});
