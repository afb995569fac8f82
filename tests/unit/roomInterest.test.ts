import type { Client } from '@colyseus/core';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/protocol.ts';
import { quantizePosition } from '../../shared/quantize.ts';
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
