import { performance } from 'node:perf_hooks';
import { Encoder, StateView, type Schema } from '@colyseus/schema';
import type { Client, Room } from '@colyseus/core';
import { dequantizePosition } from '../../shared/quantize.ts';
import type { ExpoRoomState, PlayerState } from '../../shared/schema.ts';
import { chooseVisible, PositionGrid, type InterestLimits } from './interest.ts';
import { encodeViewsNarrowly } from './viewEncoding.ts';

/**
 * Room patches are encoded into one shared buffer: the common part, then every client's own
 * part after it. Past the buffer's end, schema 3.0.76 warns and re-encodes on every patch (and
 * a view's part comes out cut short), so the buffer holds a full room's worth: 600 clients ×
 * 60 visible movers × ~14 bytes, with room to spare. Set before any room exists.
 */
Encoder.BUFFER_SIZE = 1024 * 1024;

/** Each viewer's choice is made again about this often; the work is spread over the patches between... */
export const REFRESH_EVERY_MS = 400;
/**
 * ...with at most this many viewers per patch: a bigger room goes round more slowly (at 500
 * people, every 800 ms) rather than making every patch dearer. Choosing again is most of what a
 * crowd's views cost: the nearest search, and each newcomer's full state sent to the viewer.
 */
export const REFRESH_PER_PATCH = 64;

/**
 * Which players' movements (PlayerState's `view` fields) each client of a room receives: itself
 * always, and the nearest others (interest.ts). Identity fields stay shared, so the roster and
 * head counts still list everyone. A client's view lives on its Client object and survives a
 * reconnection; its bookkeeping here is dropped only when the person leaves for good.
 */
export class RoomInterest {
  /** Viewer session id → the session ids whose movements it receives (itself excluded). */
  private readonly seen = new Map<string, Set<string>>();
  /**
   * The players each StateView holds (its owner and those in `seen`), kept beside it so that
   * every patch can walk them without a lookup; a view outlives its first Client object over a
   * reconnection.
   */
  private readonly held = new WeakMap<StateView, Set<PlayerState>>();
  /** The same sets by their owner's session id, and each viewer's own player. */
  private readonly heldBy = new Map<string, Set<PlayerState>>();
  private readonly own = new Map<string, PlayerState>();
  /** Viewer session id → the session id of someone it walks to, kept in its view however far (find.watch). */
  private readonly watching = new Map<string, string>();
  private grid: PositionGrid | undefined;
  private turn = 0;

  constructor(
    private readonly state: ExpoRoomState,
    private readonly limits: InterestLimits,
    private readonly patchMs: number,
  ) {}

  /** A newcomer, already in `players`, sees itself and, from its very first state, the people around it. */
  joined(client: Client, player: PlayerState): void {
    const view = new StateView();
    view.add(player);
    client.view = view;
    const held = new Set([player]);
    this.held.set(view, held);
    this.heldBy.set(client.sessionId, held);
    this.own.set(client.sessionId, player);
    this.seen.set(client.sessionId, new Set());
    this.grid = this.snapshot();
    this.refreshViewer(client, this.grid);
  }

  /** Gone for good: the deleted player leaves every view with the map entry; only the bookkeeping remains. */
  departed(sessionId: string): void {
    const player = this.own.get(sessionId);
    this.watching.delete(sessionId);
    for (const [viewer, watched] of this.watching) if (watched === sessionId) this.watching.delete(viewer);
    this.seen.delete(sessionId);
    this.heldBy.delete(sessionId);
    this.own.delete(sessionId);
    for (const [viewer, ids] of this.seen) {
      if (ids.delete(sessionId) && player) this.heldBy.get(viewer)?.delete(player);
    }
  }

  /**
   * Keeps `watched` (a session id in this room) in the client's view beyond the usual few nearest,
   * until it asks for someone else or nobody (undefined), or either of them leaves. Takes effect
   * from the next patch.
   */
  watch(client: Client, watched: string | undefined): void {
    if (watched === undefined || watched === client.sessionId) this.watching.delete(client.sessionId);
    else this.watching.set(client.sessionId, watched);
    this.grid ??= this.snapshot();
    this.refreshViewer(client, this.grid);
  }

  /**
   * Called before every patch: re-chooses the views of one slice of the connected clients, so
   * that each is refreshed every REFRESH_EVERY_MS (or, in a crowd, REFRESH_PER_PATCH at a time)
   * and no patch carries the whole room's work. Returns the seconds it took.
   */
  beforePatch(clients: readonly Client[]): number {
    const started = performance.now();
    const slices = Math.max(
      1,
      Math.round(REFRESH_EVERY_MS / Math.max(1, this.patchMs)),
      Math.ceil(clients.length / REFRESH_PER_PATCH),
    );
    const slice = this.turn++ % slices;
    this.grid = this.snapshot();
    for (let i = slice; i < clients.length; i += slices) this.refreshViewer(clients[i]!, this.grid);
    return (performance.now() - started) / 1000;
  }

  /** Makes `room` (whose state this is) encode each client's part of a patch from the players in its view only. */
  narrowPatches(room: Room): void {
    encodeViewsNarrowly(room, (view) => this.playersIn(view));
  }

  /** Every player whose movements `view` receives: its owner and the others it sees. */
  private playersIn(view: StateView): Iterable<Schema> | undefined {
    return this.held.get(view);
  }

  private snapshot(): PositionGrid {
    const entries: { id: string; x: number; z: number }[] = [];
    this.state.players.forEach((p, id) => entries.push({ id, x: dequantizePosition(p.x), z: dequantizePosition(p.z) }));
    return new PositionGrid(entries);
  }

  private refreshViewer(client: Client, grid: PositionGrid): void {
    const seen = this.seen.get(client.sessionId);
    const view = client.view;
    const held = view && this.held.get(view);
    if (!seen || !view || !held) return;
    const wanted = new Set(chooseVisible(grid, client.sessionId, seen, this.limits));
    const watched = this.watching.get(client.sessionId);
    if (watched !== undefined) wanted.add(watched);
    for (const id of seen) {
      if (wanted.has(id)) continue;
      seen.delete(id);
      const player = this.state.players.get(id);
      if (player) {
        view.remove(player);
        held.delete(player);
      }
    }
    for (const id of wanted) {
      if (seen.has(id)) continue;
      const player = this.state.players.get(id);
      if (!player) continue;
      view.add(player);
      held.add(player);
      seen.add(id);
    }
  }
}
