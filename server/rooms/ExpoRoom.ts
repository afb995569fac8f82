import { performance } from 'node:perf_hooks';
import { Room, type Client } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import { MESSAGES, Move, type Correction, type Spawn } from '../../shared/protocol.ts';
import { quantizeAngle, quantizePosition } from '../../shared/quantize.ts';
import { ExpoRoomState, PlayerState } from '../../shared/schema.ts';
import { judgeMove } from '../../shared/world/moveRules.ts';
import type { Zone } from '../../shared/world/world.ts';
import { MoveGate } from './moveGate.ts';
import type { RoomContext } from './roomContext.ts';

const HANDOVER_GRACE_MS = 1000;

export interface ExpoAuth {
  user: SessionUser;
  spawn: Spawn | undefined;
}

/** Exact position and pacing of one client, kept beside the quantised public state. */
export interface Walker {
  x: number;
  z: number;
  movedAt: number;
  gate: MoveGate;
}

export type ExpoClient = Client<Walker, ExpoAuth>;

/**
 * What the plaza and the pavilions share: token-checked joins, server-authoritative walking
 * and held seats on a dropped connection. Subclasses say which zone they serve and where
 * newcomers appear.
 */
export abstract class ExpoRoom extends Room<ExpoRoomState, unknown, Walker, ExpoAuth> {
  protected abstract readonly ctx: RoomContext;
  protected abstract readonly kind: string;
  protected abstract zone(): Zone;
  /** Where a visitor appears when they do not come through a doorway. */
  protected abstract defaultArrival(): Spawn;

  /** A requested spot is honoured only for someone stepping through this room's doorway. */
  private arrival(spawn: Spawn | undefined): Spawn {
    const { world } = this.ctx;
    const zone = this.zone();
    const plausible =
      spawn !== undefined &&
      world.isNearDoor(spawn.x, spawn.z, zone.kind === 'pavilion' ? zone.id : undefined) &&
      world.fitsZone(zone, spawn.x, spawn.z) &&
      !world.isBlocked(spawn.x, spawn.z);
    return plausible ? spawn : this.defaultArrival();
  }

  protected setUp(): void {
    this.setState(new ExpoRoomState());
    this.onMessage(MESSAGES.move, (client: ExpoClient, payload: unknown) => this.handleMove(client, payload));
    // Counted, not logged: a client sending junk must not be able to flood the logs.
    this.onMessage('*', () => this.ctx.metrics.movesRejected.inc({ reason: 'unknown_type' }));
  }

  override onJoin(client: ExpoClient, _options: unknown, auth: ExpoAuth): void {
    const at = this.arrival(auth.spawn);
    const player = new PlayerState({
      id: auth.user.id,
      name: auth.user.name,
      country: auth.user.country,
      role: auth.user.role,
      x: quantizePosition(at.x),
      y: 0,
      z: quantizePosition(at.z),
      ry: quantizeAngle(at.ry),
      anim: 0,
      away: false,
    });
    // Someone stepping through a doorway kept walking while the join went through: their
    // first move may cover that time too, as if the previous move had been a second ago.
    const movedAt = at === auth.spawn ? Date.now() - HANDOVER_GRACE_MS : Date.now();
    client.userData = { x: at.x, z: at.z, movedAt, gate: new MoveGate(Date.now()) };
    this.state.players.set(client.sessionId, player);
    this.ctx.metrics.clients.inc({ room: this.kind });
    this.onArrived(client, auth.user);
  }

  /** Hooks for what a room does with presence: someone came, walked (accepted moves only), left for good. */
  protected onArrived(_client: ExpoClient, _user: SessionUser): void {}
  protected onWalked(_client: ExpoClient, _user: SessionUser): void {}
  protected onDeparted(_client: ExpoClient, _user: SessionUser): void {}
  /** The connection dropped; the seat is held, but the visitor is not really here meanwhile. */
  protected onAway(_client: ExpoClient, _user: SessionUser): void {}

  override async onLeave(client: ExpoClient, consented: boolean): Promise<void> {
    const player = this.state.players.get(client.sessionId);
    if (!consented && player && this.ctx.reconnectSeconds > 0) {
      player.away = true;
      player.anim = 0;
      if (client.auth) this.onAway(client, client.auth.user);
      try {
        await this.allowReconnection(client, this.ctx.reconnectSeconds);
        player.away = false;
        return;
      } catch {
        // The seat expired: the visitor is gone for good.
      }
    }
    this.state.players.delete(client.sessionId);
    this.ctx.metrics.clients.dec({ room: this.kind });
    if (client.auth) this.onDeparted(client, client.auth.user);
  }

  override broadcastPatch(): boolean {
    const started = performance.now();
    const sent = super.broadcastPatch();
    if (sent) this.ctx.metrics.patchSeconds.observe({ room: this.kind }, (performance.now() - started) / 1000);
    return sent;
  }

  private handleMove(client: ExpoClient, payload: unknown): void {
    const walker = client.userData;
    const player = this.state.players.get(client.sessionId);
    if (!walker || !player) return;
    const now = Date.now();
    if (!walker.gate.tryPass(now)) {
      this.ctx.metrics.movesRejected.inc({ reason: 'rate' });
      return;
    }
    const move = Move.safeParse(payload);
    if (!move.success) {
      this.ctx.metrics.movesRejected.inc({ reason: 'invalid' });
      return;
    }
    const { x, z, ry, anim } = move.data;
    const verdict = judgeMove(this.ctx.world, this.zone(), walker, { x, z }, now - walker.movedAt);
    if (verdict !== 'ok') {
      this.ctx.metrics.movesRejected.inc({ reason: verdict });
      const correction: Correction = { x: walker.x, z: walker.z };
      client.send(MESSAGES.correction, correction);
      return;
    }
    walker.x = x;
    walker.z = z;
    walker.movedAt = now;
    player.x = quantizePosition(x);
    player.z = quantizePosition(z);
    player.ry = quantizeAngle(ry);
    player.anim = anim;
    if (client.auth) this.onWalked(client, client.auth.user);
  }
}
