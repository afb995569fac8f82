import { SchemaSerializer, type Client, type Room } from '@colyseus/core';
import { Decoder } from '@colyseus/schema';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/protocol.ts';
import { dequantizePosition, quantizePosition } from '../../shared/quantize.ts';
import { ExpoRoomState, PlayerState } from '../../shared/schema.ts';
import { REFRESH_PER_PATCH, RoomInterest } from '../../server/rooms/roomInterest.ts';

const PEOPLE = 500;
/** Even, so that every pair (2k, 2k + 1) stands in one row. */
const SIDE = 24;
/** Person i's grid spot, `offset` metres along x. */
const spot = (i: number, offset: number) => ({ x: (i % SIDE) * 10 - 120 + offset, z: Math.floor(i / SIDE) * 10 - 120 });

/** A room of PEOPLE standing 10 m apart on a square grid, so that nobody sees anyone within 5 m. */
function row(): { interest: RoomInterest; clients: Client[]; state: ExpoRoomState } {
  const state = new ExpoRoomState();
  const interest = new RoomInterest(state, { radius: 5, maxVisible: 8 }, 1000 / LIMITS.patchRateHz);
  const clients: Client[] = [];
  for (let i = 0; i < PEOPLE; i++) {
    const player = new PlayerState({ id: `u${i}`, name: `Visitor ${i}`, country: 'kz', role: 'visitor' });
    const at = spot(i, 0);
    Object.assign(player, { x: quantizePosition(at.x), y: 0, z: quantizePosition(at.z), ry: 0, anim: 0, away: false });
    state.players.set(`s${i}`, player);
    const client = { sessionId: `s${i}`, view: undefined } as unknown as Client;
    interest.joined(client, player);
    clients.push(client);
  }
  return { interest, clients, state };
}

describe('choosing views again in a crowd', () => {
  it(`chooses again at most ${REFRESH_PER_PATCH} viewers per patch, and every viewer in turn`, () => {
    const { interest, clients, state } = row();
    for (const client of clients) client.view!.changes.clear();
    // Every other person steps next to their neighbour: every view should now gain someone.
    state.players.forEach((player, id) => {
      const i = Number(id.slice(1));
      if (i % 2 === 1) player.x = quantizePosition(spot(i, -9).x);
    });
    const changed = () => clients.filter((c) => c.view!.changes.size > 0).length;
    interest.beforePatch(clients);
    expect(changed()).toBeGreaterThan(0);
    expect(changed()).toBeLessThanOrEqual(REFRESH_PER_PATCH);
    const patches = Math.ceil(PEOPLE / REFRESH_PER_PATCH);
    for (let i = 1; i < patches; i++) interest.beforePatch(clients);
    expect(changed()).toBe(PEOPLE);
  });
});

describe('what each client receives, as the room’s own bookkeeping narrows it', () => {
  it('keeps every client’s copy of everyone in its view exact through walks, watches, leaves and joins', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const state = new ExpoRoomState();
    const serializer = new SchemaSerializer();
    serializer.reset(state);
    // A small view in a small hall, so that views change at nearly every patch.
    const interest = new RoomInterest(state, { radius: 6, maxVisible: 5 }, 1000 / LIMITS.patchRateHz);
    interest.narrowPatches({ _serializer: serializer } as unknown as Room);
    const clients = new Map<string, { client: Client; decoder: Decoder<ExpoRoomState> }>();
    let joined = 0;
    const join = () => {
      const id = `s${joined++}`;
      const player = new PlayerState({ id: `u-${id}`, name: id, country: 'kz', role: 'visitor' });
      Object.assign(player, { x: quantizePosition(random() * 30), y: 0, z: quantizePosition(random() * 30) });
      Object.assign(player, { ry: 0, anim: 0, away: false });
      state.players.set(id, player);
      const decoder = new Decoder(new ExpoRoomState());
      const client = {
        sessionId: id,
        state: 1,
        view: undefined,
        raw: (bytes: Buffer) => decoder.decode(bytes, { offset: 1 }),
      } as unknown as Client;
      interest.joined(client, player);
      decoder.decode(serializer.getFullState(client), { offset: 1 });
      clients.set(id, { client, decoder });
    };
    for (let i = 0; i < 30; i++) join();
    let checked = 0;
    for (let patch = 0; patch < 300; patch++) {
      state.players.forEach((p) => {
        if (random() < 0.6)
          p.x = quantizePosition(Math.min(30, Math.max(0, dequantizePosition(p.x) + random() * 2 - 1)));
        if (random() < 0.6)
          p.z = quantizePosition(Math.min(30, Math.max(0, dequantizePosition(p.z) + random() * 2 - 1)));
      });
      const ids = [...clients.keys()];
      const pick = () => ids[Math.floor(random() * ids.length)]!;
      if (random() < 0.1) interest.watch(clients.get(pick())!.client, random() < 0.8 ? pick() : undefined);
      if (random() < 0.05) {
        const gone = pick();
        clients.delete(gone);
        state.players.delete(gone);
        interest.departed(gone);
      }
      if (random() < 0.05) join();
      const list = [...clients.values()].map((c) => c.client);
      interest.beforePatch(list);
      serializer.applyPatches(list);
      for (const [viewer, { decoder }] of clients) {
        decoder.state.players.forEach((seen, id) => {
          if (seen.x === undefined) return;
          const real = state.players.get(id);
          expect(real, `${viewer} still holds ${id}`).toBeDefined();
          expect([seen.x, seen.z], `${viewer}'s copy of ${id}`).toEqual([real!.x, real!.z]);
          checked++;
        });
      }
    }
    // Most of those copies are of others, not only of oneself.
    expect(checked).toBeGreaterThan(300 * 30 * 3);
  });
});
