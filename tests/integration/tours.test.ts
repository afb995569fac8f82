import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import type { CountryId } from '../../shared/countries.ts';
import { PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import {
  TourMessages,
  type TourEnded,
  type TourFollow,
  type TourList,
  type TourRefused,
  type TourState,
  type TourSummary,
} from '../../shared/tours.ts';
import type { Zone } from '../../shared/world/world.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, newSession, sessionWithRole, startTestServer, until } from '../fixtures/server.ts';

let server: ExpoServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** One person's connection and everything tours told it. */
interface Tourist {
  room: Room<ExpoRoomState>;
  token: string;
  userId: string;
  state: TourState | undefined;
  announced: TourSummary[];
  follows: TourFollow[];
  ended: TourEnded[];
  refused: TourRefused[];
}

async function join(token: string, where: Zone, near?: string): Promise<Room<ExpoRoomState>> {
  const options = { token, protocol: PROTOCOL_VERSION, ...(near ? { near } : {}) };
  const client = colyseusClient(server);
  return where.kind === 'plaza'
    ? client.joinOrCreate<ExpoRoomState>(ROOMS.plaza, options)
    : client.joinOrCreate<ExpoRoomState>(ROOMS.pavilion, { ...options, pavilionId: where.id });
}

function listen(tourist: Tourist): void {
  const { room } = tourist;
  room.onMessage('*', () => undefined);
  room.onMessage(TourMessages.state, (s: TourState) => (tourist.state = s));
  room.onMessage(TourMessages.announced, (s: TourSummary) => tourist.announced.push(s));
  room.onMessage(TourMessages.follow, (f: TourFollow) => tourist.follows.push(f));
  room.onMessage(TourMessages.ended, (e: TourEnded) => tourist.ended.push(e));
  room.onMessage(TourMessages.refused, (r: TourRefused) => tourist.refused.push(r));
}

async function arrive(session: { token: string; user: { id: string } }, where: Zone = { kind: 'plaza' }) {
  const tourist: Tourist = {
    room: await join(session.token, where),
    token: session.token,
    userId: session.user.id,
    state: undefined,
    announced: [],
    follows: [],
    ended: [],
    refused: [],
  };
  listen(tourist);
  await until(() => tourist.state !== undefined, 5000, 'tour state on arrival');
  return tourist;
}

/** Moves someone into another room the way the client does: join there (beside `near`), then leave. */
async function moveTo(tourist: Tourist, where: Zone, near?: string): Promise<void> {
  const next = await join(tourist.token, where, near);
  const old = tourist.room;
  tourist.room = next;
  listen(tourist);
  await old.leave(true);
}

const guide = (name: string, pavilion: CountryId = 'kz') =>
  sessionWithRole(server, { role: 'exhibitor', boothId: pavilion === 'kz' ? 'astana-hub' : 'sabah-hub' }, { name });

function positionOf(room: Room<ExpoRoomState>, userId: string) {
  for (const player of room.state.players.values()) {
    if (player.id === userId) return { x: dequantizePosition(player.x), z: dequantizePosition(player.z) };
  }
  return undefined;
}

describe('guided tours', { timeout: 60_000 }, () => {
  it('only guides start tours, and bad input is refused with a reason', async () => {
    const visitor = await arrive(await newSession(server, { name: 'Vera', country: 'hu', lang: 'hu' }));
    visitor.room.send(TourMessages.start, { title: 'My tour' });
    await until(() => visitor.refused.length === 1);
    expect(visitor.refused[0]!.message).toMatch(/visitor role may not lead tours/);
    expect(visitor.refused[0]!.refusal).toEqual({ code: 'not_allowed' });
    const g = await arrive(await guide('Guide Gulnara'));
    g.room.send(TourMessages.start, { title: '   ' });
    g.room.send(TourMessages.start, { title: 'x'.repeat(81) });
    g.room.send(TourMessages.join, { tourId: 'nope' });
    g.room.send(TourMessages.end, {});
    await until(() => g.refused.length === 4);
    expect(g.refused.map((r) => r.message)).toEqual([
      'title: give the tour a title',
      'title: use at most 80 characters',
      'tourId: not a tour id',
      'you are not leading a tour',
    ]);
    expect(g.refused.map((r) => r.refusal?.code)).toEqual(['invalid', 'invalid', 'invalid', 'tour_not_leading']);
    expect((await call(server, 'GET', '/api/tours', { token: visitor.token })).json).toEqual({ tours: [] });
    expect((await call(server, 'GET', '/api/tours')).status).toBe(401);
    await visitor.room.leave(true);
    await g.room.leave(true);
  });

  it('announces a tour to the room; members follow the guide into a pavilion and back, and may leave', async () => {
    const g = await arrive(await guide('Guide Aibek'));
    const m = await arrive(await newSession(server, { name: 'Member Mira', country: 'tr', lang: 'tr' }));
    const stay = await arrive(await newSession(server, { name: 'Stays Behind', country: 'uz', lang: 'uz' }));
    g.room.send(TourMessages.start, { title: 'Startups of Kazakhstan' });
    await until(() => m.announced.length === 1, 5000, 'announcement');
    expect(m.announced[0]).toMatchObject({ title: 'Startups of Kazakhstan', guideName: 'Guide Aibek', members: 0 });
    expect(g.announced).toEqual([]);
    expect(g.state).toMatchObject({ role: 'guide', tour: { place: { kind: 'plaza' } } });
    const { id } = m.announced[0]!;
    const listed = (await call(server, 'GET', '/api/tours', { token: stay.token })).json as TourList;
    expect(listed.tours.map((t) => t.id)).toEqual([id]);

    m.room.send(TourMessages.join, { tourId: id });
    await until(() => m.state?.role === 'member' && g.state?.tour?.members === 1, 5000, 'joined');

    // The guide walks into the Kazakhstan pavilion: the member is told to follow, and arrives beside the guide.
    await moveTo(g, { kind: 'pavilion', id: 'kz' });
    await until(() => m.follows.length === 1, 5000, 'follow');
    expect(m.follows[0]).toEqual({
      tourId: id,
      guideId: g.userId,
      place: { kind: 'pavilion', id: 'kz' },
      roomId: g.room.roomId,
    });
    expect(stay.follows).toEqual([]);
    await moveTo(m, m.follows[0]!.place, m.follows[0]!.guideId);
    await until(() => positionOf(m.room, m.userId) !== undefined && positionOf(m.room, g.userId) !== undefined);
    const [mAt, gAt] = [positionOf(m.room, m.userId)!, positionOf(m.room, g.userId)!];
    expect(Math.hypot(mAt.x - gAt.x, mAt.z - gAt.z)).toBeLessThan(2.7);
    expect(Math.hypot(mAt.x - gAt.x, mAt.z - gAt.z)).toBeGreaterThan(0.8);

    // Back out to the plaza: followed again.
    await moveTo(g, { kind: 'plaza' });
    await until(() => m.follows.length === 2, 5000, 'second follow');
    expect(m.follows[1]).toMatchObject({ place: { kind: 'plaza' }, roomId: g.room.roomId });
    await moveTo(m, { kind: 'plaza' }, g.userId);

    // One click: the member leaves; the guide's next move is not followed any more.
    m.room.send(TourMessages.leave, {});
    await until(() => m.state?.tour === null && g.state?.tour?.members === 0, 5000, 'left');
    await moveTo(g, { kind: 'pavilion', id: 'kz' });
    await until(() => g.state?.tour?.place.kind === 'pavilion', 5000, 'guide in pavilion');
    expect(m.follows).toHaveLength(2);

    // The guide ends it: members are told and it is no longer listed.
    m.room.send(TourMessages.join, { tourId: id });
    await until(() => m.state?.role === 'member', 5000, 'rejoined');
    g.room.send(TourMessages.end, {});
    await until(() => m.ended.length === 1, 5000, 'ended');
    expect(m.ended[0]).toEqual({ tourId: id, title: 'Startups of Kazakhstan', reason: 'ended' });
    await until(() => m.state?.tour === null && g.state?.tour === null);
    expect((await call(server, 'GET', '/api/tours', { token: stay.token })).json).toEqual({ tours: [] });
    for (const t of [g, m, stay]) await t.room.leave(true);
  });

  it('lets a member come to a guide who is not findable, and ends the tour when the guide leaves the event', async () => {
    const session = await guide('Guide Hidden', 'az');
    await call(server, 'PATCH', '/api/profile', { token: session.token, body: { findable: false } });
    const g = await arrive(session, { kind: 'pavilion', id: 'az' });
    const m = await arrive(await newSession(server, { name: 'Member Max', country: 'kg', lang: 'ky' }));
    g.room.send(TourMessages.start, { title: 'Azerbaijan at a glance' });
    const listed = async () => ((await call(server, 'GET', '/api/tours', { token: m.token })).json as TourList).tours;
    await until(async () => (await listed()).length === 1, 5000, 'listed');
    const [tour] = await listed();
    m.room.send(TourMessages.join, { tourId: tour!.id });
    // Joining a tour whose guide is elsewhere brings the member there at once.
    await until(() => m.follows.length === 1, 5000, 'follow on joining');
    await moveTo(m, { kind: 'pavilion', id: 'az' }, g.userId);
    await until(() => positionOf(m.room, m.userId) !== undefined && positionOf(m.room, g.userId) !== undefined);
    const [mAt, gAt] = [positionOf(m.room, m.userId)!, positionOf(m.room, g.userId)!];
    expect(Math.hypot(mAt.x - gAt.x, mAt.z - gAt.z)).toBeLessThan(2.7);

    await g.room.leave(true);
    await until(() => m.ended.length === 1, 8000, 'ended by departure');
    expect(m.ended[0]).toMatchObject({ reason: 'guide_left' });
    expect(m.state).toEqual({ tour: null, role: null });
    expect(await listed()).toEqual([]);
    await m.room.leave(true);
  });
});
