import type { Problem } from '../i18n/failureText.ts';
import type { DisconnectReason, Room, RoomConnectOptions, RoomOptions } from 'livekit-client';
import type { MediaToken } from '../../shared/stage.ts';
import type { MediaConnection } from '../state/media.ts';
import { ApiFailure } from './apiFailure.ts';
import { connectOptions, isFinal, loadLiveKit, mediaProblem, type LiveKit } from './liveKitCommon.ts';
import { rejoinDelay } from './liveKitRejoin.ts';
import { sleep } from './sleep.ts';

/**
 * One LiveKit connection's life, shared by the stage (media.ts) and the meetings (meetingCall.ts):
 * the room it should be in, joining with a fresh token, joining again after an unexpected drop,
 * leaving, and the events every call listens to. What a call reads from its room, and where it
 * writes it, is the caller's. Only types come from livekit-client here; the library itself loads
 * on the first join.
 */

/** What the lifecycle writes to its store; `error` is a translation key. */
export interface CallPatch {
  connection?: MediaConnection;
  error?: Problem | null;
  audioBlocked?: boolean;
  busy?: boolean;
}

export interface RemoteVideoState {
  identity: string;
  source: string;
  desired: boolean;
  subscribed: boolean;
}

export interface LiveKitConnectionOptions<Target extends string> {
  /** Marks the hidden box the call's <audio> elements play from: `data-<audioBox>="true"`. */
  audioBox: string;
  /**
   * Translation keys: `prefix` for a refused or missing device, then what to say when joining
   * fails, when LiveKit reports a device error during the call, and when a publish fails.
   */
  errors: { prefix: string; connect: string; device: string; publish: string };
  /** Added to the shared connect options. */
  connectOptions?: Partial<RoomConnectOptions>;
  /** Added to the options of each new room (e.g. end-to-end encryption, made anew per room). */
  roomOptions?(lk: LiveKit): Partial<RoomOptions>;
  /** A room LiveKit deleted ends the call (`idle`) instead of being joined again. */
  endsWithRoom?: boolean;
  /** A fresh token for the target's LiveKit room. */
  token(target: Target): Promise<MediaToken>;
  write(patch: CallPatch): void;
  /** Whether a publish or unpublish is under way. */
  busy(): boolean;
  /** What the token lets the visitor do, learnt before the room connects. */
  granted(token: MediaToken): void;
  /** Reads the room into the store; once per burst of events. */
  snapshot(room: Room): void;
  /** Listens to the events this call needs beyond the shared ones; `ours` is false once the room is stale. */
  listen?(room: Room, lk: LiveKit, ours: () => boolean): void;
  /** Just connected: what goes out on joining, what a join mends. `stale` turns true when the visitor moves on. */
  joined?(room: Room, lk: LiveKit, stale: () => boolean): Promise<void> | void;
  /** The room is let go of: drops what was read from it. */
  forgotten(): void;
}

export class LiveKitConnection<Target extends string> {
  private room: Room | null = null;
  /** The room the visitor should be connected to, or null. */
  private wanted: Target | null = null;
  /** Bumped by every join and leave, so a connection that resolves late knows it is stale. */
  private generation = 0;
  /** The room whose connect is under way: LiveKit reports its failure as a disconnection too, and the join handles it. */
  private joining: Room | null = null;
  private refreshQueued = false;
  private audioBox: HTMLDivElement | null = null;
  private readonly options: LiveKitConnectionOptions<Target>;

  constructor(options: LiveKitConnectionOptions<Target>) {
    this.options = options;
  }

  get target(): Target | null {
    return this.wanted;
  }

  /** The connected (or connecting) room, if any. */
  get current(): Room | null {
    return this.room;
  }

  /** Follows this target's room until `leave`. */
  join(target: Target): void {
    this.wanted = target;
    void this.connect(target, 'connecting');
  }

  /** Stops following: the room closes and a connection still under way is dropped when it arrives. */
  leave(): void {
    this.wanted = null;
    this.generation++;
    this.closeRoom();
  }

  /** Joins the target's room again with a fresh token, after a failure or to get new permissions. */
  async retry(shown: 'connecting' | 'reconnecting' = 'connecting'): Promise<void> {
    const target = this.wanted;
    if (target !== null) await this.connect(target, shown);
  }

  /** The browser blocked sound until a click: this is that click. */
  async startAudio(): Promise<void> {
    const current = this.room;
    if (!current) return;
    try {
      await current.startAudio();
    } finally {
      this.options.write({ audioBlocked: !current.canPlaybackAudio });
    }
  }

  /** Each remote video track and whether this page asked for it and receives it, for diagnostics. */
  remoteVideo(): RemoteVideoState[] {
    const states: RemoteVideoState[] = [];
    for (const participant of this.room?.remoteParticipants.values() ?? []) {
      for (const publication of participant.videoTrackPublications.values()) {
        const { isDesired: desired, isSubscribed: subscribed } = publication;
        states.push({ identity: participant.identity, source: publication.source, desired, subscribed });
      }
    }
    return states;
  }

  /** Events come in bursts; the store hears about them once per burst. */
  refresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      const current = this.room;
      if (current) this.options.snapshot(current);
    });
  }

  /**
   * Runs a publish action with the busy flag up and any failure in the store. `picker` when the
   * browser asks which screen to share: closing that picker is a change of mind, not a failure.
   */
  async publish(action: (current: Room) => Promise<unknown>, picker = false): Promise<void> {
    const current = this.room;
    if (!current || this.options.busy()) return;
    this.options.write({ busy: true, error: null });
    try {
      await action(current);
    } catch (error) {
      const cancelled = picker && (error as { name?: unknown } | null)?.name === 'NotAllowedError';
      if (!cancelled) this.options.write({ error: this.errorKey(error, this.options.errors.publish) });
    } finally {
      this.options.write({ busy: false });
      this.refresh();
    }
  }

  dismissError(): void {
    this.options.write({ error: null });
  }

  /** The hidden box the call's <audio> elements play from; tests find them there. */
  audioElements(): HTMLDivElement {
    if (!this.audioBox) {
      this.audioBox = document.createElement('div');
      this.audioBox.hidden = true;
      this.audioBox.dataset[this.options.audioBox] = 'true';
      document.body.append(this.audioBox);
    }
    return this.audioBox;
  }

  private errorKey(error: unknown, otherwise: string): Problem {
    return mediaProblem(error, this.options.errors.prefix, otherwise);
  }

  private listen(next: Room, lk: LiveKit, mine: number): void {
    const { RoomEvent } = lk;
    const { write } = this.options;
    const ours = () => this.room === next && mine === this.generation;
    /** What this room sent when LiveKit started reconnecting it; null while its line is fine. */
    let sentBeforeLoss: string[] | null = null;
    const reconnecting = () => {
      sentBeforeLoss ??= sourcesSent(next);
      write({ connection: 'reconnecting' });
    };
    next
      .on(RoomEvent.TrackUnsubscribed, (track) => {
        if (track.kind === lk.Track.Kind.Audio) track.detach().forEach((element) => element.remove());
        if (ours()) this.refresh();
      })
      .on(RoomEvent.AudioPlaybackStatusChanged, () => ours() && write({ audioBlocked: !next.canPlaybackAudio }))
      .on(RoomEvent.Reconnecting, () => ours() && reconnecting())
      .on(RoomEvent.SignalReconnecting, () => ours() && reconnecting())
      .on(RoomEvent.Reconnected, () => {
        if (!ours()) return;
        const before = sentBeforeLoss ?? [];
        sentBeforeLoss = null;
        this.reconnected(next, before);
      })
      .on(
        RoomEvent.MediaDevicesError,
        (error) => ours() && write({ error: this.errorKey(error, this.options.errors.device) }),
      )
      .on(RoomEvent.Disconnected, (reason) => ours() && this.joining !== next && this.dropped(next, lk, reason));
    for (const event of [
      RoomEvent.TrackSubscribed,
      RoomEvent.TrackPublished,
      RoomEvent.TrackUnpublished,
      RoomEvent.TrackMuted,
      RoomEvent.TrackUnmuted,
      RoomEvent.LocalTrackPublished,
      RoomEvent.LocalTrackUnpublished,
      RoomEvent.ParticipantConnected,
      RoomEvent.ParticipantDisconnected,
      RoomEvent.ParticipantNameChanged,
      RoomEvent.ActiveSpeakersChanged,
    ]) {
      next.on(event, () => ours() && this.refresh());
    }
    this.options.listen?.(next, lk, ours);
  }

  /**
   * LiveKit's own reconnection is back. livekit-client only logs a republish that failed and
   * reports the room reconnected all the same: a presenter would stay connected and send nothing.
   * A source missing now is sent by joining afresh, with a fresh token, as after a lost line.
   */
  private reconnected(room: Room, before: string[]): void {
    const now = sourcesSent(room);
    const target = this.wanted;
    if (target !== null && before.some((source) => !now.includes(source))) void this.connect(target, 'reconnecting');
    else this.options.write({ connection: 'connected' });
  }

  /** The room closed without the visitor leaving: removed, opened elsewhere, deleted, or a lost line. */
  private dropped(lost: Room, lk: LiveKit, reason: DisconnectReason | undefined): void {
    this.forget(lost);
    const { DisconnectReason: Why } = lk;
    if (reason === Why.PARTICIPANT_REMOVED) return this.setIdle('removed');
    if (reason === Why.DUPLICATE_IDENTITY) return this.setIdle('elsewhere');
    if (reason === Why.ROOM_DELETED && this.options.endsWithRoom) return this.setIdle('idle');
    const target = this.wanted;
    if (target !== null) void this.connect(target, 'reconnecting');
  }

  /** Stays out until the visitor asks again (`retry`). */
  private setIdle(connection: 'removed' | 'elsewhere' | 'idle'): void {
    this.generation++;
    this.options.write({ connection });
  }

  /** Lets go of a room and everything it played. */
  private forget(old: Room): void {
    if (this.room === old) this.room = null;
    old.removeAllListeners();
    for (const participant of old.remoteParticipants.values()) {
      for (const publication of participant.trackPublications.values()) publication.track?.detach();
    }
    this.audioBox?.replaceChildren();
    this.options.forgotten();
  }

  /** Lets go of the current room, if any, and closes it. */
  private closeRoom(): void {
    const current = this.room;
    if (!current) return;
    this.forget(current);
    void current.disconnect();
  }

  /**
   * Joins with a fresh token; after a failure, tries again (liveKitRejoin.ts says when): a first
   * join a few times before giving up, a lost line (`reconnecting`) until it is back or the
   * visitor moves on.
   */
  private async connect(target: Target, shown: 'connecting' | 'reconnecting', attempt = 0, wait = 0): Promise<void> {
    const { write } = this.options;
    this.closeRoom();
    const mine = ++this.generation;
    const stale = () => mine !== this.generation || this.wanted !== target;
    write({ connection: shown });
    if (wait > 0) await sleep(wait);
    if (stale()) return;
    try {
      const [token, lk] = await Promise.all([this.options.token(target), loadLiveKit()]);
      if (stale()) return;
      this.options.granted(token);
      const next = new lk.Room({ adaptiveStream: true, dynacast: true, ...this.options.roomOptions?.(lk) });
      this.room = next;
      this.listen(next, lk, mine);
      this.joining = next;
      await next.connect(token.url, token.token, { ...connectOptions(token.url), ...this.options.connectOptions });
      if (this.joining === next) this.joining = null;
      if (stale()) {
        this.forget(next);
        return void next.disconnect();
      }
      write({ connection: 'connected', audioBlocked: !next.canPlaybackAudio });
      this.refresh();
      await this.options.joined?.(next, lk, stale);
    } catch (error) {
      if (stale()) return;
      this.joining = null;
      this.closeRoom();
      if (error instanceof ApiFailure && error.code === 'unavailable') {
        return write({ connection: 'unavailable', error: null });
      }
      const delay = isFinal(error) ? null : rejoinDelay(attempt, shown === 'reconnecting');
      if (delay !== null) void this.connect(target, shown, attempt + 1, delay);
      else write({ connection: 'failed', error: this.errorKey(error, this.options.errors.connect) });
    }
  }
}

/** The sources (camera, microphone, screen share…) the local participant publishes now. */
function sourcesSent(room: Room): string[] {
  return [...room.localParticipant.trackPublications.values()].map((publication) => publication.source);
}
