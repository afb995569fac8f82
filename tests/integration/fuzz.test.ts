import fc from 'fast-check';
import type { Room } from 'colyseus.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExpoServer } from '../../server/createServer.ts';
import { MESSAGES } from '../../shared/protocol.ts';
import { dequantizePosition } from '../../shared/quantize.ts';
import type { ExpoRoomState } from '../../shared/schema.ts';
import { ExpoWorld } from '../../shared/world/world.ts';
import { call } from '../fixtures/http.ts';
import { joinPlaza, newSession, sleep, startTestServer, until } from '../fixtures/server.ts';
import type { Catalogue } from '../../shared/catalogue.ts';

let server: ExpoServer;
let world: ExpoWorld;
beforeAll(async () => {
  server = await startTestServer();
  world = new ExpoWorld((await call(server, 'GET', '/api/catalogue')).json as unknown as Catalogue);
});
afterAll(() => server.close());

/** Message types the server knows, plus strings and numbers it does not. */
const messageType = fc.oneof(
  fc.constantFrom(MESSAGES.move, MESSAGES.chat, MESSAGES.correction, MESSAGES.notice, '*', '__proto__', ''),
  fc.string({ maxLength: 40 }),
  fc.integer(),
);
/** Payloads near the real ones (moves with odd numbers, chat with odd text) and anything at all. */
const payload = fc.oneof(
  fc.record({
    x: fc.oneof(fc.double(), fc.integer(), fc.string()),
    z: fc.oneof(fc.double(), fc.integer()),
    ry: fc.double(),
    anim: fc.integer({ min: -2, max: 5 }),
  }),
  fc.record({ text: fc.oneof(fc.string({ maxLength: 700 }), fc.anything()) }),
  fc.anything({ maxDepth: 3 }),
);
/** Raw frames: random bytes, and frames that start like room data but go wrong. */
const frame = fc.oneof(
  fc.uint8Array({ minLength: 0, maxLength: 512 }),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Uint8Array.from([13, ...bytes])),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((bytes) => Uint8Array.from([17, ...bytes])),
);

/** Every player where the world allows one to be, with the name and country they came with. */
function checkState(room: Room<ExpoRoomState>, known: Map<string, string>) {
  for (const [id, player] of room.state.players) {
    const x = dequantizePosition(player.x);
    const z = dequantizePosition(player.z);
    expect(world.fitsZone({ kind: 'plaza' }, x, z), `${id} in the plaza`).toBe(true);
    expect(world.isBlocked(x, z), `${id} not inside a wall`).toBe(false);
    if (known.has(id)) expect(player.name).toBe(known.get(id));
  }
}

describe('a live room under malformed and random messages', () => {
  it('never crashes, never corrupts its state, and keeps serving a well-behaved visitor', async () => {
    const witness = await joinPlaza(
      server,
      (await newSession(server, { name: 'Witness', country: 'hu', lang: 'hu' })).token,
    );
    await until(() => witness.state?.players?.size === 1, 3000, 'the witness in the room');
    const known = new Map([[witness.sessionId, 'Witness']]);
    let fuzzer: Room<ExpoRoomState> | undefined;
    let sent = 0;
    const connect = async () => {
      fuzzer = await joinPlaza(server, (await newSession(server, { name: 'Fuzzer', country: 'tr', lang: 'tr' })).token);
      known.set(fuzzer.sessionId, 'Fuzzer');
    };
    await connect();

    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.tuple(messageType, payload), frame), { minLength: 1, maxLength: 20 }),
        async (batch) => {
          if (!fuzzer || !fuzzer.connection.isOpen) await connect();
          for (const item of batch) {
            if (item instanceof Uint8Array) fuzzer!.connection.send(item);
            else fuzzer!.send(item[0] as string, item[1]);
            sent++;
          }
          // Paced so that most messages get past the flood guard and reach the handlers.
          await sleep(40);
          const health = await fetch(`${server.url}/healthz`);
          expect(health.status).toBe(200);
          checkState(witness, known);
        },
      ),
      { numRuns: 150 },
    );
    expect(sent).toBeGreaterThan(150);

    // The witness still walks, and everyone still sees a consistent room.
    const me = witness.state.players.get(witness.sessionId)!;
    const x = dequantizePosition(me.x);
    const z = dequantizePosition(me.z) + 0.5;
    witness.send(MESSAGES.move, { x, z, ry: 0, anim: 1 });
    await until(() => Math.abs(dequantizePosition(me.z) - z) < 0.06, 3000, 'the witness’s step');
    const observer = await joinPlaza(server, (await newSession(server)).token);
    await until(() => observer.state?.players?.has(witness.sessionId), 3000, 'the observer to see the witness');
    expect(observer.state.players.get(witness.sessionId)!.name).toBe('Witness');
    checkState(observer, known);
    await observer.leave();
    await witness.leave();
  });
});
