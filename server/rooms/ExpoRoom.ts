import { performance } from 'node:perf_hooks';
import { Room, type Client, type Deferred } from '@colyseus/core';
import type { SessionUser } from '../../shared/api.ts';
import { CHAT_LIMITS } from '../../shared/chat.ts';
import {
  CLOSE_CODES,
  LIMITS,
  MESSAGES,
  Move,
  type Correction,
  type Notice,
  type Spawn,
} from '../../shared/protocol.ts';
import { quantizeAngle, quantizePosition } from '../../shared/quantize.ts';
import { ExpoRoomState, PlayerState } from '../../shared/schema.ts';
import { judgeMove } from '../../shared/world/moveRules.ts';
import type { Zone } from '../../shared/world/world.ts';
import type { FloodGuard } from '../limits/floodGuard.ts';
import { messageFloodGuard } from './frameGate.ts';
import { TokenBucket } from '../limits/tokenBucket.ts';
import type { PresentClient } from '../moderation/clientDirectory.ts';
import type { Admission } from '../find/findService.ts';
import { attachFinding, type RoomFinding } from '../find/roomFinding.ts';
import { registerChatHandlers, type RoomChat } from './chatHandlers.ts';
import { isWellFormedFrame } from './frameCheck.ts';
import { registerReactionHandlers } from './reactionHandlers.ts';
import type { RoomContext } from './roomContext.ts';
import { leaveVoice, registerVoiceHandlers, voiceFollowsMute } from './voiceHandlers.ts';
import { registerCardHandlers, type CardDesk } from './cardHandlers.ts';
import { relayAnnouncements, type RoomAnnouncements } from './announcements.ts';
import { catalogueAfterReconnect } from './catalogueChanges.ts';
import { relayReportNotices } from './reportNotices.ts';
import { RoomInterest } from './roomInterest.ts';
import { PatchSlices, type SendFigures } from './patchSlices.ts';
import { sharedPatchMemory } from './viewEncoding.ts';
import { registerWatchHandler } from '../find/watchHandler.ts';
import { countRefusedMessages } from './messageRefusals.ts';
import { closeForRestart, resumedSpot } from './restartHandover.ts';
import type { ResumeSpot } from '../../shared/resume.ts';

const HANDOVER_GRACE_MS = 1000;
/** A throttled client hears about it at most this often. */
const THROTTLE_NOTICE_MS = 2000;

export interface ExpoAuth {
  user: SessionUser;
  spawn: Spawn | undefined;
  /** Whether a `near` join may arrive beside its person, decided before the seat is taken. */
  near?: Admission;
  /** Where a valid resume ticket from before a restart says the person stood. */
  resume?: ResumeSpot;
}

/** Exact position and pacing of one client, kept beside the quantised public state. */
export interface Walker {
  x: number;
  z: number;
  movedAt: number;
  moves: TokenBucket;
  chat: TokenBucket;
  /** Every message of this client, whatever its type, passes here first. */
  flood: FloodGuard;
  throttleNoticeAt: number;
  /** How moderation reaches this connection. */
  presence: PresentClient;
  /** The seat held while the connection is down, so that an expulsion can release it. */
  held: Deferred<Client> | undefined;
  expelled: boolean;
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
    countRefusedMessages(this, this.ctx.metrics);
    this.patchRate = 1000 / LIMITS.patchRateHz;
    this.interest = new RoomInterest(this.state, this.ctx.interest, this.patchRate);
    this.interest.narrowPatches(this);
    this.slices = new PatchSlices(
      () => sharedPatchMemory(this),
      (sends) => this.patchSent(sends),
      (error) => this.ctx.log.warn({ err: error, room: this.roomId }, 'a patch could not be sent to a client'),
    );
    registerWatchHandler(this, this.ctx, this.interest);
    this.onMessage(MESSAGES.move, (client: ExpoClient, payload: unknown) => this.handleMove(client, payload));
    this.chat = registerChatHandlers(this, this.ctx, this.zone());
    registerReactionHandlers(this, this.ctx);
    registerVoiceHandlers(this, this.ctx);
    this.finding = attachFinding(this, this.ctx, () => this.zone());
    this.cards = registerCardHandlers(this, this.ctx, () => this.zone());
    this.announcements = relayAnnouncements(this, this.ctx.announcements);
    this.stopReportNotices = relayReportNotices(this);
    // Counted, not logged: a client sending junk must not be able to flood the logs.
    this.onMessage('*', () => this.ctx.metrics.movesRejected.inc({ reason: 'unknown_type' }));
  }

  /**
   * Every frame a client sends comes through here before Colyseus decodes it: the flood guard
   * drops what is over the client's allowance and disconnects a client that keeps flooding;
   * a frame that cannot be decoded is counted and dropped instead of reaching the process.
   */
  protected override _onMessage(client: ExpoClient & Parameters<Room['_onMessage']>[0], buffer: Buffer): void {
    const walker = client.userData;
    if (walker) {
      if (walker.expelled) return;
      const now = Date.now();
      const verdict = walker.flood.check(now);
      if (verdict === 'disconnect') {
        this.ctx.metrics.messagesLimited.inc({ verdict });
        this.ctx.log.warn({ user: client.auth?.user.id, room: this.roomId }, 'client disconnected for flooding');
        this.expel(client.sessionId, CLOSE_CODES.flooding);
        return;
      }
      if (verdict === 'drop') {
        this.ctx.metrics.messagesLimited.inc({ verdict });
        if (now - walker.throttleNoticeAt > THROTTLE_NOTICE_MS) {
          walker.throttleNoticeAt = now;
          this.notify(client.sessionId, { kind: 'throttled' });
        }
        return;
      }
    }
    if (!isWellFormedFrame(buffer)) {
      this.ctx.metrics.movesRejected.inc({ reason: 'undecodable' });
      return;
    }
    try {
      super._onMessage(client, buffer);
    } catch {
      this.ctx.metrics.movesRejected.inc({ reason: 'undecodable' });
    }
  }

  private notify(sessionId: string, notice: Notice): void {
    this.clients.getById(sessionId)?.send(MESSAGES.notice, notice);
  }

  /** Puts a person out of this room for good: no held seat, no reconnection. */
  private expel(sessionId: string, code: number): void {
    const client = this.clients.getById(sessionId) as ExpoClient | undefined;
    const walker = client?.userData ?? this.heldWalkers.get(sessionId);
    if (!walker || walker.expelled) return;
    walker.expelled = true;
    if (walker.held) walker.held.reject(false);
    else client?.leave(code);
  }

  private chat!: RoomChat;
  private interest!: RoomInterest;
  private slices!: PatchSlices;
  /** The CPU time of the tick whose sends are going out, to add theirs to. */
  private tickCpuSeconds = 0;
  private finding!: RoomFinding;
  private cards: CardDesk | undefined;
  private announcements: RoomAnnouncements | undefined;
  private stopReportNotices: (() => void) | undefined;

  override onDispose(): void {
    this.slices.flushAll();
    this.announcements?.detach();
    this.stopReportNotices?.();
  }

  /** The server is restarting: everyone leaves with a ticket back to their spot (restartHandover.ts). */
  override onBeforeShutdown(): void {
    void closeForRestart(this, this.ctx, this.zone());
  }

  /** Walkers whose connection dropped and whose seat is held; their client is not in `clients` meanwhile. */
  private readonly heldWalkers = new Map<string, Walker>();

  override onJoin(client: ExpoClient, _options: unknown, auth: ExpoAuth): void {
    const at =
      this.finding.arrivalNear(client, auth) ??
      resumedSpot(this.ctx.world, this.zone(), auth.resume) ??
      this.arrival(auth.spawn);
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
    const now = Date.now();
    const movedAt = at === auth.spawn ? now - HANDOVER_GRACE_MS : now;
    const { sessionId } = client;
    client.userData = {
      x: at.x,
      z: at.z,
      movedAt,
      moves: new TokenBucket(LIMITS.moveRateHz, LIMITS.moveBurst, now),
      chat: new TokenBucket(1000 / CHAT_LIMITS.intervalMs, CHAT_LIMITS.burst, now),
      flood: messageFloodGuard(now),
      throttleNoticeAt: 0,
      presence: {
        notify: (notice) => {
          this.notify(sessionId, notice);
          voiceFollowsMute(this, this.ctx, auth.user, notice);
        },
        send: (type, message) => this.clients.getById(sessionId)?.send(type, message),
        expel: (code) => this.expel(sessionId, code),
      },
      held: undefined,
      expelled: false,
    };
    this.state.players.set(sessionId, player);
    this.interest.joined(client, player);
    this.ctx.clients.add(auth.user.id, client.userData.presence);
    this.finding.arrived(client);
    this.ctx.metrics.clients.inc({ room: this.kind });
    this.onArrived(client, auth.user);
    this.announcements?.greet(client);
    void this.chat.welcome(client, auth.user);
  }

  /** Hooks for what a room does with presence: someone came, walked (accepted moves only), left for good. */
  protected onArrived(_client: ExpoClient, _user: SessionUser): void {}
  protected onWalked(_client: ExpoClient, _user: SessionUser): void {}
  protected onDeparted(_client: ExpoClient, _user: SessionUser): void {}
  /** The connection dropped; the seat is held, but the visitor is not really here meanwhile. */
  protected onAway(_client: ExpoClient, _user: SessionUser): void {}

  override async onLeave(client: ExpoClient, consented: boolean): Promise<void> {
    const player = this.state.players.get(client.sessionId);
    const walker = client.userData;
    if (!consented && player && walker && !walker.expelled && this.ctx.reconnectSeconds > 0) {
      player.away = true;
      player.anim = 0;
      if (client.auth) this.onAway(client, client.auth.user);
      try {
        walker.held = this.allowReconnection(client, this.ctx.reconnectSeconds);
        this.heldWalkers.set(client.sessionId, walker);
        await walker.held;
        catalogueAfterReconnect(this, client.sessionId);
        this.announcements?.greetReturning(client.sessionId);
        player.away = false;
        return;
      } catch {
        // The seat expired, or the person was expelled meanwhile: gone for good.
      } finally {
        walker.held = undefined;
        this.heldWalkers.delete(client.sessionId);
      }
    }
    this.state.players.delete(client.sessionId);
    this.interest.departed(client.sessionId);
    if (walker && client.auth) this.ctx.clients.remove(client.auth.user.id, walker.presence);
    this.finding.departed(client);
    this.cards?.departed(client);
    this.ctx.metrics.clients.dec({ room: this.kind });
    if (client.auth) this.onDeparted(client, client.auth.user);
    if (client.auth) leaveVoice(this, this.ctx, client.auth.user);
  }

  /**
   * One server tick: who sees whom for a slice of the clients, then the patch encoded for every
   * client. The sends follow in slices between other work (patchSlices.ts); patchSent counts them.
   */
  override broadcastPatch(): boolean {
    const labels = { room: this.kind };
    // What the last patch has not sent yet goes first, and counts as its sends, not as this tick.
    this.slices.flushAll();
    const cpuBefore = process.cpuUsage();
    const interestSeconds = this.interest.beforePatch(this.clients);
    const started = performance.now();
    const sent = this.slices.patch(this.clients, () => super.broadcastPatch());
    const patchSeconds = (performance.now() - started) / 1000;
    if (sent) this.ctx.metrics.patchSeconds.observe(labels, patchSeconds);
    if (this.clients.length > 0) {
      const cpu = process.cpuUsage(cpuBefore);
      this.tickCpuSeconds = (cpu.user + cpu.system) / 1e6;
      this.ctx.metrics.interestSeconds.observe(labels, interestSeconds);
      this.ctx.metrics.tickSeconds.observe(labels, interestSeconds + patchSeconds);
      this.ctx.metrics.tickCpuSeconds.observe(labels, this.tickCpuSeconds);
    }
    return sent;
  }

  private patchSent(sends: SendFigures): void {
    const labels = { room: this.kind };
    this.ctx.metrics.patchSendSeconds.observe(labels, sends.seconds);
    this.ctx.metrics.patchSliceSeconds.observe(labels, sends.longestSliceSeconds);
    this.ctx.metrics.patchCpuSeconds.observe(labels, this.tickCpuSeconds + sends.cpuSeconds);
  }

  private handleMove(client: ExpoClient, payload: unknown): void {
    const walker = client.userData;
    const player = this.state.players.get(client.sessionId);
    if (!walker || !player) return;
    const now = Date.now();
    if (!walker.moves.tryTake(now)) {
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
