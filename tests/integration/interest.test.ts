import { getStateCallbacks, type Room } from 'colyseus.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { HYSTERESIS_METRES } from '../../server/rooms/interest.ts';
import { FindMessages, JumpRefused } from '../../shared/find.ts';
import { ANIMS, LIMITS, MESSAGES, PROTOCOL_VERSION, ROOMS } from '../../shared/protocol.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import type { ExpoRoomState, PlayerState } from '../../shared/schema.ts';
import type { Vec2 } from '../../shared/world/geometry.ts';
import { isClearPath } from '../../shared/world/route.ts';
import { colyseusClient, newSession, sleep, startTestServer, until } from '../fixtures/server.ts';
import { walk } from '../fixtures/walker.ts';
import { seedWorld } from '../fixtures/world.ts';

/** Small on purpose: a pavilion is only about 20 m from door to back wall. */
const RADIUS = 5;
const MAX_VISIBLE = 4;
const PAVILION = 'kz';
const world = seedWorld;
const entrance = world.entranceOf(PAVILION);

/** The spot of the pavilion farthest from its entrance that one can walk to in a straight line. */
const farSpot: Vec2 = (() => {
  const p = world.pavilion(PAVILION)!;
  let best = entrance as Vec2;
  for (let x = p.center.x - p.radius; x <= p.center.x + p.radius; x += 0.5) {
    for (let z = p.center.z - p.radius; z <= p.center.z + p.radius; z += 0.5) {
      const far = Math.hypot(x - entrance.x, z - entrance.z) > Math.hypot(best.x - entrance.x, best.z - entrance.z);
      const zone = world.zoneOf(x, z);
      if (far && zone.kind === 'pavilion' && zone.id === PAVILION && !world.isBlocked(x, z)) {
        if (isClearPath(world, entrance, { x, z })) best = { x, z };
      }
    }
  }
  return best;
})();

let server: ExpoServer;
const open: Room[] = [];

beforeAll(async () => {
  server = await startTestServer({
    INTEREST_RADIUS: String(RADIUS),
    INTEREST_MAX_VISIBLE: String(MAX_VISIBLE),
    PAVILION_CAPACITY: '40',
    RECONNECT_SECONDS: '5',
    SESSIONS_PER_MINUTE: '100000',
    API_REQUESTS_PER_SECOND: '100000',
  });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => Promise.race([r.leave(true).catch(() => undefined), sleep(500)])));
});
afterAll(() => server.close());

/**
 * A visitor in the pavilion and what its client knows, kept as client/net/rooms.ts keeps it:
 * a position for each other person while the room sends their movements, none otherwise.
 */
interface Visitor {
  room: Room<ExpoRoomState>;
  positions: Map<string, Vec2>;
  bytes: number;
  /** Patches received: the room's clock as this client hears it. */
  patches: number;
  /** Checks run at each patch. */
  onPatch: Set<() => void>;
}

function follow(room: Room<ExpoRoomState>): Visitor {
  const visitor: Visitor = { room, positions: new Map(), bytes: 0, patches: 0, onPatch: new Set() };
  room.onStateChange(() => {
    visitor.patches++;
    for (const check of visitor.onPatch) check();
  });
  const ws = (room.connection.transport as unknown as { ws: WebSocket }).ws;
  ws.addEventListener('message', (event: MessageEvent) => (visitor.bytes += (event.data as ArrayBuffer).byteLength));
  const $ = getStateCallbacks(room);
  const track = (player: PlayerState, id: string) => {
    if (player.x === undefined || player.z === undefined) visitor.positions.delete(id);
    else visitor.positions.set(id, { x: dequantizePosition(player.x), z: dequantizePosition(player.z) });
  };
  $(room.state).players.onAdd((player, id) => {
    track(player, id);
    $(player).onChange(() => track(player, id));
  });
  $(room.state).players.onRemove((_player, id) => visitor.positions.delete(id));
  return visitor;
}

async function enter(name: string): Promise<Visitor> {
  const { token } = await newSession(server, { name, country: PAVILION, lang: 'en' });
  const room = await colyseusClient(server).joinOrCreate<ExpoRoomState>(ROOMS.pavilion, {
    token,
    protocol: PROTOCOL_VERSION,
    pavilionId: PAVILION,
  });
  room.onMessage('*', () => undefined);
  open.push(room);
  const visitor = follow(room);
  await until(() => visitor.positions.has(room.sessionId), 5000, `${name}'s own position`);
  return visitor;
}

/**
 * Has `mover` shuffle by the entrance until `clock` has received `n` more patches, checking
 * `never` after each of them: a negative checked over patches, not after a guessed sleep.
 */
async function overPatches(mover: Visitor, clock: Visitor, n: number, never: () => boolean): Promise<void> {
  const until_ = clock.patches + n;
  let seen = false;
  const check = () => (seen ||= never());
  clock.onPatch.add(check);
  for (let tick = 0; clock.patches < until_; tick++) {
    const angle = (tick % 8) * (Math.PI / 4);
    mover.room.send(MESSAGES.move, {
      x: entrance.x + Math.cos(angle) * 0.2,
      z: entrance.z + Math.sin(angle) * 0.2,
      ry: angle,
      anim: ANIMS.walk,
    });
    await new Promise((resolve) => setTimeout(resolve, 1000 / LIMITS.patchRateHz));
    if (tick > 50 * n) throw new Error(`fewer than ${n} patches reached the clock`);
  }
  clock.onPatch.delete(check);
  expect(seen || never()).toBe(false);
}

const sees = (viewer: Visitor, other: Visitor) => viewer.positions.has(other.room.sessionId);
const lists = (viewer: Visitor, other: Visitor) => viewer.room.state.players.get(other.room.sessionId) !== undefined;

describe('interest management in a pavilion', { timeout: 60_000 }, () => {
  it('sends positions to people near and not to people far, and follows them as they walk', async () => {
    expect(Math.hypot(farSpot.x - entrance.x, farSpot.z - entrance.z)).toBeGreaterThan(RADIUS + HYSTERESIS_METRES + 2);
    const a = await enter('Aida');
    const b = await enter('Bolat');
    await until(() => sees(a, b) && sees(b, a), 5000, 'two people at the entrance seeing each other');

    await walk(b.room, entrance, farSpot);
    await until(() => !sees(a, b) && !sees(b, a), 5000, 'the walker out of view');
    // Out of view is not out of the room: both still list each other, with names.
    expect(lists(a, b) && lists(b, a)).toBe(true);
    expect(a.room.state.players.get(b.room.sessionId)!.name).toBe('Bolat');

    const c = await enter('Cemal');
    await until(() => sees(a, c) && sees(c, a), 5000, 'a newcomer at the entrance and the one there');
    // The far one hears of the newcomer but never where they are, and the newcomer never where the far one is.
    await until(() => lists(b, c) && lists(c, b), 5000, 'everyone listed');
    await overPatches(a, c, 10, () => sees(b, c) || sees(c, b) || sees(b, a));

    await walk(b.room, farSpot, entrance);
    await until(() => sees(a, b) && sees(b, a) && sees(c, b), 5000, 'the walker back in view');
    const seen = a.positions.get(b.room.sessionId)!;
    expect(Math.hypot(seen.x - entrance.x, seen.z - entrance.z)).toBeLessThan(0.5);
  });

  it('sends the movements of at most the nearest few, while everyone stays listed', async () => {
    const crowd: Visitor[] = [];
    for (let i = 0; i < MAX_VISIBLE + 3; i++) crowd.push(await enter(`Crowd ${i}`));
    await until(() => crowd.every((v) => v.room.state.players.size === crowd.length), 5000, 'everyone listed');
    // Themselves plus MAX_VISIBLE others, reached and then never exceeded while one of them moves.
    await until(() => crowd.every((v) => v.positions.size === MAX_VISIBLE + 1), 5000, 'each view filled');
    await overPatches(crowd[0]!, crowd[1]!, 10, () => crowd.some((v) => v.positions.size > MAX_VISIBLE + 1));
  });

  it('keeps what a client sees over a dropped connection', async () => {
    const a = await enter('Dana');
    const b = await enter('Erlan');
    await until(() => sees(a, b), 5000, 'each other');
    const { reconnectionToken, sessionId } = a.room;
    a.room.connection.close();
    let back: Room<ExpoRoomState> | undefined;
    await until(
      async () =>
        (back = await colyseusClient(server)
          .reconnect<ExpoRoomState>(reconnectionToken)
          .catch(() => undefined)) !== undefined,
      5000,
      'the reconnection',
    );
    back!.onMessage('*', () => undefined);
    open.push(back!);
    expect(back!.sessionId).toBe(sessionId);
    const again = follow(back!);
    await until(() => again.positions.has(sessionId) && again.positions.has(b.room.sessionId), 5000, 'the view back');
    // And it goes on following: the other walks away and out of it.
    await walk(b.room, entrance, farSpot);
    await until(() => !again.positions.has(b.room.sessionId), 5000, 'the walker out of the kept view');
  });

  it('keeps the bytes a far visitor receives small however much the crowd elsewhere moves', async () => {
    const far = await enter('Farida');
    await walk(far.room, entrance, farSpot);
    const near = await enter('Nurlan');
    const movers: Visitor[] = [];
    for (let i = 0; i < 10; i++) movers.push(await enter(`Mover ${i}`));
    await until(() => !movers.some((m) => sees(far, m)), 5000, 'the crowd out of the far one\u2019s view');

    far.bytes = 0;
    near.bytes = 0;
    const patches = 30;
    const from = near.patches;
    for (let tick = 0; near.patches - from < patches; tick++) {
      // Everyone shuffles round a small circle by the entrance, as a crowd at a booth does.
      const angle = (tick % 8) * (Math.PI / 4);
      for (const m of movers) {
        const x = entrance.x + Math.cos(angle) * 0.2;
        const z = entrance.z + Math.sin(angle) * 0.2;
        m.room.send(MESSAGES.move, { x, z, ry: angle, anim: ANIMS.walk });
      }
      await sleep(1000 / LIMITS.patchRateHz);
      if (tick > 50 * patches) throw new Error('the near one heard too few patches');
    }
    // Per patch of the room's, not per second: a slow machine sends fewer patches, not smaller ones.
    const counted = near.patches - from;
    const nearPerPatch = near.bytes / counted;
    const farPerPatch = far.bytes / counted;
    // The near one receives the movements of MAX_VISIBLE movers (a few bytes each per patch); the
    // far one of nobody, only the patches' framing if anything.
    expect(nearPerPatch).toBeGreaterThan(MAX_VISIBLE * 5);
    expect(farPerPatch).toBeLessThan(nearPerPatch / 4);
    expect(farPerPatch).toBeLessThan(10);
  });

  it('sends a walker the movements of the person it walks to however far, until it lets go', async () => {
    const a = await enter('Gulnara');
    const b = await enter('Hasan');
    await walk(b.room, entrance, farSpot);
    await until(() => !sees(a, b), 5000, 'the far one out of view');
    const refusals: JumpRefused[] = [];
    a.room.onMessage(FindMessages.refused, (raw: unknown) => refusals.push(JumpRefused.parse(raw)));

    // Bad input and someone not in this room change nothing.
    a.room.send(FindMessages.watch, { userId: 'not-an-id' });
    a.room.send(FindMessages.watch, { userId: crypto.randomUUID() });
    await until(() => refusals.length === 2, 5000, 'two refusals');
    expect(refusals.map((r) => r.reason)).toEqual(['invalid', 'not_here']);
    await sleep(600);
    expect(sees(a, b)).toBe(false);

    const hasan = a.room.state.players.get(b.room.sessionId)!.id;
    a.room.send(FindMessages.watch, { userId: hasan });
    await until(() => sees(a, b), 5000, 'the watched one in view from afar');
    expect(
      Math.hypot(a.positions.get(b.room.sessionId)!.x - farSpot.x, a.positions.get(b.room.sessionId)!.z - farSpot.z),
    ).toBeLessThan(0.5);
    // Their movements keep coming while watched.
    const aside = { x: farSpot.x + (entrance.x - farSpot.x) * 0.1, z: farSpot.z + (entrance.z - farSpot.z) * 0.1 };
    await walk(b.room, farSpot, aside);
    await until(
      () => {
        const at = a.positions.get(b.room.sessionId);
        return at !== undefined && Math.hypot(at.x - aside.x, at.z - aside.z) < 0.5;
      },
      5000,
      'the watched one followed as they walk',
    );
    // The watched one does not in turn see the watcher.
    expect(sees(b, a)).toBe(false);

    a.room.send(FindMessages.watch, { userId: null });
    await until(() => !sees(a, b), 5000, 'the far one out of view again once let go');
    expect(refusals).toHaveLength(2);
  });
});
