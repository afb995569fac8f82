import { SchemaSerializer, type Client, type Room } from '@colyseus/core';
import { Decoder, StateView } from '@colyseus/schema';
import { describe, expect, it } from 'vitest';
import { ExpoRoomState, PlayerState } from '../../shared/schema.ts';
import { encodeViewsNarrowly } from '../../server/rooms/viewEncoding.ts';

const JOINED = 1;

/** A small deterministic generator, so that a failure can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One room's state and serializer, with clients whose patches a Decoder each turns back into a state. */
class Side {
  readonly state = new ExpoRoomState();
  readonly serializer = new SchemaSerializer();
  readonly clients = new Map<string, { client: Client; decoder: Decoder<ExpoRoomState> }>();
  /** What each view holds, as the narrowed encoding asks for it. */
  readonly held = new Map<StateView, Set<PlayerState>>();

  constructor(narrowed: boolean) {
    this.serializer.reset(this.state);
    if (narrowed)
      encodeViewsNarrowly({ _serializer: this.serializer } as unknown as Room, (view) => this.held.get(view));
  }

  join(id: string, at: number): void {
    const player = new PlayerState({ id: `u-${id}`, name: `Visitor ${id}`, country: 'kz', role: 'visitor' });
    Object.assign(player, { x: at, y: 0, z: -at, ry: at % 256, anim: 0, away: false });
    this.state.players.set(id, player);
    const view = new StateView();
    view.add(player);
    this.held.set(view, new Set([player]));
    const decoder = new Decoder(new ExpoRoomState());
    const client = {
      sessionId: id,
      state: JOINED,
      view,
      raw: (bytes: Buffer) => decoder.decode(bytes, { offset: 1 }),
    } as unknown as Client;
    this.clients.set(id, { client, decoder });
    decoder.decode(this.serializer.getFullState(client), { offset: 1 });
  }

  leave(id: string): void {
    const player = this.state.players.get(id)!;
    this.state.players.delete(id);
    this.clients.delete(id);
    for (const players of this.held.values()) players.delete(player);
  }

  show(viewer: string, shown: string): void {
    const view = this.clients.get(viewer)!.client.view!;
    const player = this.state.players.get(shown)!;
    view.add(player);
    this.held.get(view)!.add(player);
  }

  hide(viewer: string, hidden: string): void {
    const view = this.clients.get(viewer)!.client.view!;
    const player = this.state.players.get(hidden)!;
    view.remove(player);
    this.held.get(view)!.delete(player);
  }

  patch(): void {
    this.serializer.applyPatches([...this.clients.values()].map((c) => c.client));
  }

  /** Every client's decoded state, by session id. */
  decoded(): Record<string, unknown> {
    return Object.fromEntries([...this.clients].map(([id, { decoder }]) => [id, decoder.state.toJSON()]));
  }
}

/**
 * Drives the library's own per-view encoding and the narrowed one (server/rooms/viewEncoding.ts)
 * through the same random joins, leaves, moves and view changes, and returns both sides' decoded
 * client states after every patch.
 */
function run(seed: number, steps: number): { reference: Side; narrowed: Side; compare: () => void } {
  const next = random(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const reference = new Side(false);
  const narrowed = new Side(true);
  const both = (act: (side: Side) => void) => [reference, narrowed].forEach(act);
  let joined = 0;
  const compare = () => expect(narrowed.decoded()).toEqual(reference.decoded());
  for (let step = 0; step < steps; step++) {
    const ids = [...reference.clients.keys()];
    const roll = next();
    if (ids.length < 3 || roll < 0.08) {
      const id = `s${joined++}`;
      const at = Math.floor(next() * 2000);
      both((side) => side.join(id, at));
    } else if (roll < 0.12) {
      const id = pick(ids);
      both((side) => side.leave(id));
    } else if (roll < 0.3) {
      const viewer = pick(ids);
      const other = pick(ids);
      const view = reference.clients.get(viewer)!.client.view!;
      const player = reference.state.players.get(other)!;
      if (other === viewer) continue;
      if (reference.held.get(view)!.has(player)) both((side) => side.hide(viewer, other));
      else both((side) => side.show(viewer, other));
    } else {
      // Moves of a few people, now and then a shared field too.
      const movers = ids.filter(() => next() < 0.5);
      const moves = movers.map((id) => ({ id, x: Math.floor(next() * 4000) - 2000, ry: Math.floor(next() * 256) }));
      const away = next() < 0.1 ? pick(ids) : undefined;
      both((side) => {
        for (const { id, x, ry } of moves) {
          const player = side.state.players.get(id)!;
          player.x = x;
          player.z = -x;
          player.ry = ry;
          player.anim = ry % 3;
        }
        if (away) side.state.players.get(away)!.away = !side.state.players.get(away)!.away;
      });
    }
    if (next() < 0.6) {
      both((side) => side.patch());
      compare();
    }
  }
  both((side) => side.patch());
  return { reference, narrowed, compare };
}

describe('the narrowed per-view encoding', () => {
  it('decodes to exactly the client states of the library’s own encoding', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const { reference, compare } = run(seed, 400);
      compare();
      // The run must have exercised what it claims: people in each other's views, moving.
      const states = Object.values(reference.decoded()) as { players: Record<string, { x?: number }> }[];
      const seenMoving = states.some((s) => Object.values(s.players).filter((p) => p.x !== undefined).length > 2);
      expect(seenMoving).toBe(true);
    }
  });

  it('gives a client the movements of those in its view and of nobody else', () => {
    const { narrowed } = run(7, 300);
    for (const [id, { client, decoder }] of narrowed.clients) {
      const held = narrowed.held.get(client.view!)!;
      decoder.state.players.forEach((player, other) => {
        const original = narrowed.state.players.get(other)!;
        if (held.has(original)) expect([player.x, player.ry], `${id} sees ${other}`).toEqual([original.x, original.ry]);
        else expect(player.x, `${id} does not see ${other}`).toBeUndefined();
      });
    }
  });
});
