import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import type { CountryId } from '../../shared/countries.ts';
import {
  FindMessages,
  type FoundPerson,
  type JumpElsewhere,
  type JumpPlaced,
  type JumpRefused,
} from '../../shared/find.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import { JOIN_ERRORS, MESSAGES, PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { planRoute } from '../../shared/world/route.ts';
import { BACKENDS, type TestDatabase } from '../fixtures/databases.ts';
import { call } from '../fixtures/http.ts';
import { colyseusClient, newSession, sessionWithRole, sleep, startTestServer, until } from '../fixtures/server.ts';
import { walk } from '../fixtures/walker.ts';
import { seedWorld } from '../fixtures/world.ts';

type ExpoRoom = Room<ExpoRoomState>;

/** A room joined by a bot that records what finding people tells it. */
interface Present {
  room: ExpoRoom;
  userId: string;
  placed: JumpPlaced[];
  elsewhere: JumpElsewhere[];
  refused: JumpRefused[];
  corrections: number;
}

describe.each(BACKENDS)('finding people on $name', { timeout: 90_000 }, ({ create }) => {
  let target: TestDatabase;
  let server: ExpoServer;
  beforeAll(async () => {
    target = await create();
    server = await startTestServer(target.env);
  });
  afterAll(async () => {
    await server.close();
    await target.drop();
  });

  /** A new person with a profile; `findable` false means they do not let others come to them. */
  async function person(name: string, country: CountryId, profile: { organisation?: string; findable?: boolean } = {}) {
    const session = await newSession(server, { name, country, lang: 'en' });
    if (Object.keys(profile).length) {
      const saved = await call(server, 'PATCH', '/api/profile', { token: session.token, body: profile });
      expect(saved.status).toBe(200);
    }
    return session;
  }

  async function enter(
    token: string,
    userId: string,
    where: CountryId | 'plaza',
    extra: Record<string, unknown> = {},
  ): Promise<Present> {
    const options = { token, protocol: PROTOCOL_VERSION, ...extra };
    const client = colyseusClient(server);
    const room =
      where === 'plaza'
        ? await client.joinOrCreate<ExpoRoomState>(ROOMS.plaza, options)
        : await client.joinOrCreate<ExpoRoomState>(ROOMS.pavilion, { ...options, pavilionId: where });
    const present: Present = { room, userId, placed: [], elsewhere: [], refused: [], corrections: 0 };
    room.onMessage('*', () => undefined);
    room.onMessage(FindMessages.placed, (m: JumpPlaced) => present.placed.push(m));
    room.onMessage(FindMessages.elsewhere, (m: JumpElsewhere) => present.elsewhere.push(m));
    room.onMessage(FindMessages.refused, (m: JumpRefused) => present.refused.push(m));
    room.onMessage(MESSAGES.correction, () => present.corrections++);
    await until(() => room.state.players?.get(room.sessionId) !== undefined, 5000, 'own player');
    return present;
  }

  /** Where the server has someone standing, as a room sees them. */
  function positionOf(seenBy: Present, userId: string) {
    for (const player of seenBy.room.state.players.values()) {
      if (player.id === userId) return { x: dequantizePosition(player.x), z: dequantizePosition(player.z) };
    }
    return undefined;
  }

  /** Walks a bot from where it stands along a planned route to `to`. */
  async function walkTo(present: Present, to: { x: number; z: number }) {
    let at = positionOf(present, present.userId)!;
    for (const point of planRoute(seedWorld, at, to)) {
      await walk(present.room, at, point);
      at = point;
    }
    await until(() => {
      const now = positionOf(present, present.userId)!;
      return Math.hypot(now.x - to.x, now.z - to.z) < 0.1;
    });
  }

  const search = (token: string, q: string) => call(server, 'GET', `/api/people?q=${encodeURIComponent(q)}`, { token });
  const found = async (token: string, q: string) => ((await search(token, q)).json as { people: FoundPerson[] }).people;

  it('finds people present now by name or organisation, in any room, ignoring case and accents', async () => {
    const seeker = await person('Seeker One', 'az');
    const bolat = await person('Bolat Serik', 'kz', { organisation: 'Astana Hub' });
    const omer = await person('Ömer Işık', 'tr', { organisation: 'Bilkent Cyberpark' });
    const away = await person('Never Came', 'kz', { organisation: 'Astana Hub Labs' });
    const rooms = [
      await enter(seeker.token, seeker.user.id, 'plaza'),
      await enter(bolat.token, bolat.user.id, 'kz'),
      await enter(omer.token, omer.user.id, 'tr'),
    ];

    const byOrganisation = await found(seeker.token, 'astana HUB');
    expect(byOrganisation).toEqual([
      {
        userId: bolat.user.id,
        name: 'Bolat Serik',
        country: 'kz',
        role: 'visitor',
        organisation: 'Astana Hub',
        place: { kind: 'pavilion', id: 'kz' },
        findable: true,
      },
    ]);
    expect(byOrganisation.some((p) => p.userId === away.user.id)).toBe(false);
    expect((await found(seeker.token, 'omer isik')).map((p) => p.userId)).toEqual([omer.user.id]);
    expect((await found(seeker.token, 'cyberpark'))[0]).toMatchObject({ place: { kind: 'pavilion', id: 'tr' } });
    // Nobody finds themselves.
    expect(await found(bolat.token, 'bolat')).toEqual([]);
    // Someone who left is no longer found.
    await rooms[2]!.room.leave(true);
    await until(async () => (await found(seeker.token, 'omer')).length === 0, 5000, 'Ömer gone from results');
    for (const r of rooms.slice(0, 2)) await r.room.leave(true);
  });

  it('leaves out people who do not want to be found, except where they are seen anyway, and banned people', async () => {
    const seeker = await person('Seeker Two', 'az');
    const hidden = await person('Hidden Hanna', 'hu', { organisation: 'Quiet Org', findable: false });
    const neighbour = await person('Neighbour', 'hu');
    const banned = await person('Banned Bob', 'tm', { organisation: 'Quiet Org' });
    const organiser = await sessionWithRole(server, { role: 'organiser' }, { name: 'Org' });
    const rooms = [
      await enter(seeker.token, seeker.user.id, 'plaza'),
      await enter(hidden.token, hidden.user.id, 'hu'),
      await enter(neighbour.token, neighbour.user.id, 'hu'),
      await enter(banned.token, banned.user.id, 'tm'),
    ];
    expect(await found(seeker.token, 'quiet org')).toHaveLength(1);
    expect(await found(seeker.token, 'hanna')).toEqual([]);
    // In her own pavilion she is seen anyway: listed, but with no way to come to her.
    expect(await found(neighbour.token, 'hanna')).toMatchObject([{ userId: hidden.user.id, findable: false }]);

    const ban = await call(server, 'POST', '/api/moderation', {
      token: organiser.token,
      body: { action: 'ban', userId: banned.user.id, reason: 'spam' },
    });
    expect(ban.status).toBe(201);
    expect(await found(seeker.token, 'quiet org')).toEqual([]);
    for (const r of rooms.slice(0, 3)) await r.room.leave(true);
  });

  it('jumps next to someone in the same room, on a free spot the server picked, and walks on from there', async () => {
    const jumper = await person('Jumper', 'kg');
    const friend = await person('Friend', 'uz');
    const a = await enter(jumper.token, jumper.user.id, 'plaza');
    const b = await enter(friend.token, friend.user.id, 'plaza');
    const spot = seedWorld.frontOf('uz', 6);
    await walkTo(b, spot);
    const before = positionOf(a, a.userId)!;
    expect(Math.hypot(before.x - spot.x, before.z - spot.z)).toBeGreaterThan(10);

    a.room.send(FindMessages.jump, { userId: friend.user.id });
    await until(() => a.placed.length === 1, 5000, 'placed');
    const placed = a.placed[0]!;
    const distance = Math.hypot(placed.x - spot.x, placed.z - spot.z);
    expect(distance).toBeGreaterThan(0.8);
    expect(distance).toBeLessThan(2.7);
    expect(seedWorld.isBlocked(placed.x, placed.z)).toBe(false);
    expect(seedWorld.zoneOf(placed.x, placed.z)).toEqual({ kind: 'plaza' });
    // Everyone sees the jumper there, and the next step from there is an ordinary, accepted move.
    await until(() => {
      const seen = positionOf(b, jumper.user.id);
      return seen !== undefined && Math.hypot(seen.x - placed.x, seen.z - placed.z) < 0.1;
    });
    await walk(a.room, placed, { x: placed.x + 0.3, z: placed.z });
    await sleep(200);
    expect(a.corrections).toBe(0);
    await a.room.leave(true);
    await b.room.leave(true);
  });

  it('refuses a jump to someone absent, hidden or oneself, too many jumps, and bad input, and changes nothing', async () => {
    const jumper = await person('Refused Jumper', 'kg');
    const hidden = await person('Hidden Too', 'kg', { findable: false });
    const other = await person('Other', 'kg');
    const a = await enter(jumper.token, jumper.user.id, 'plaza');
    const h = await enter(hidden.token, hidden.user.id, 'plaza');
    const o = await enter(other.token, other.user.id, 'plaza');
    await walkTo(h, seedWorld.frontOf('kg', 5));
    const start = positionOf(a, a.userId)!;

    a.room.send(FindMessages.jump, { userId: hidden.user.id });
    a.room.send(FindMessages.jump, { userId: crypto.randomUUID() });
    a.room.send(FindMessages.jump, { userId: jumper.user.id });
    await until(() => a.refused.length === 3, 5000, 'three refusals');
    expect(a.refused.map((r) => r.reason).sort()).toEqual(['not_findable', 'not_here', 'self']);
    expect(a.refused.find((r) => r.reason === 'not_findable')!.message).toMatch(/does not let others come/);
    // Those used up the allowance: the next jump, even to someone findable, waits.
    a.room.send(FindMessages.jump, { userId: other.user.id });
    await until(() => a.refused.length === 4, 5000, 'throttled');
    expect(a.refused[3]).toMatchObject({ reason: 'throttled' });
    a.room.send(FindMessages.jump, { userId: 'someone' });
    a.room.send(FindMessages.jump, 'nonsense');
    await until(() => a.refused.length === 6, 5000, 'invalid refusals');
    expect(a.refused.slice(4).map((r) => r.reason)).toEqual(['invalid', 'invalid']);
    expect(a.refused[4]!.message).toMatch(/userId: not a person id/);
    await sleep(200);
    expect(a.placed).toEqual([]);
    expect(positionOf(o, jumper.user.id)).toEqual(start);

    const short = await search(jumper.token, 'a');
    expect(short.status).toBe(400);
    expect(short.json.error?.message).toMatch(/at least 2 characters/);
    expect((await call(server, 'GET', '/api/people', { token: jumper.token })).status).toBe(400);
    expect((await search(jumper.token, 'x'.repeat(61))).json.error?.message).toMatch(/at most 60/);
    expect((await call(server, 'GET', '/api/people?q=ab')).status).toBe(401);
    for (const r of [a, h, o]) await r.room.leave(true);
  });

  it('sends a jump to another room there, and the room places a `near` join beside the person only when allowed', async () => {
    const jumper = await person('Traveller', 'az');
    const host = await person('Host', 'kz', { organisation: 'Astana Hub' });
    const hidden = await person('Hidden Host', 'kz', { findable: false });
    const a = await enter(jumper.token, jumper.user.id, 'plaza');
    const b = await enter(host.token, host.user.id, 'kz');
    const h = await enter(hidden.token, hidden.user.id, 'kz');
    const booth = seedWorld.booths.find((x) => x.pavilionId === 'kz')!;
    await walkTo(b, booth.front);

    a.room.send(FindMessages.jump, { userId: host.user.id });
    await until(() => a.elsewhere.length === 1, 5000, 'elsewhere');
    // The very instance the host is in, not just the zone: a zone may have several.
    expect(a.elsewhere[0]).toEqual({
      userId: host.user.id,
      place: { kind: 'pavilion', id: 'kz' },
      roomId: b.room.roomId,
    });

    const arrived = await enter(jumper.token, jumper.user.id, 'kz', { near: host.user.id });
    const at = positionOf(arrived, jumper.user.id)!;
    expect(Math.hypot(at.x - booth.front.x, at.z - booth.front.z)).toBeLessThan(2.7);
    expect(arrived.refused).toEqual([]);
    await arrived.room.leave(true);

    // Not findable, or not there: placed as anyone coming in, and told why.
    const entrance = seedWorld.entranceOf('kz');
    for (const near of [hidden.user.id, crypto.randomUUID()]) {
      const refusedJoin = await enter(jumper.token, jumper.user.id, 'kz', { near });
      await until(() => refusedJoin.refused.length === 1, 5000, 'near refused');
      const placed = positionOf(refusedJoin, jumper.user.id)!;
      expect(Math.hypot(placed.x - entrance.x, placed.z - entrance.z)).toBeLessThan(0.1);
      await refusedJoin.room.leave(true);
    }
    await expect(
      colyseusClient(server).joinOrCreate(ROOMS.plaza, { token: jumper.token, protocol: PROTOCOL_VERSION, near: 'x' }),
    ).rejects.toMatchObject({ code: JOIN_ERRORS.bad_request, message: expect.stringMatching(/near: not a person id/) });
    for (const r of [a, b, h]) await r.room.leave(true);
  });
});
