import type { DisconnectReason, Room, Track } from 'livekit-client';
import type { CountryId } from '../../shared/countries.ts';
import { stageRoomName } from '../../shared/stage.ts';
import { NOT_PUBLISHING, resetMedia, useMedia, type PublishKind } from '../state/media.ts';
import { useStage } from '../state/stage.ts';
import { useWorld } from '../state/world.ts';
import { ApiFailure } from './api.ts';
import { connectOptions, isFinal, loadLiveKit, mediaErrorKey, sleep, type LiveKit } from './liveKitCommon.ts';
import { allowedSources, listeningTo, publishersOf, publishingNow, stageVideoOf } from './mediaSnapshot.ts';
import { fetchMediaToken } from './stageApi.ts';
import { keepVideoFlowing } from './offscreenVideo.ts';

/**
 * The only code that talks to LiveKit: joins the stage of the pavilion the visitor is in,
 * plays its sound, publishes for those allowed to, and writes what it finds to useMedia.
 * livekit-client loads on the first call that needs it, never with the page.
 */

/** How often and how long to wait before joining again after an unexpected drop. */
const REJOIN_DELAYS_MS = [1000, 3000, 8000];

let room: Room | null = null;
/** The pavilion whose stage the visitor should be connected to, or null. */
let wanted: CountryId | null = null;
/** Bumped by every join and leave, so a connection that resolves late knows it is stale. */
let generation = 0;
/** The track behind the store's `video.key`, for views that show it. */
let stageTrack: { key: string; track: Track } | null = null;
let audioBox: HTMLDivElement | null = null;

/** The hidden box the stage's <audio> elements play from. */
function audioElements(): HTMLDivElement {
  if (!audioBox) {
    audioBox = document.createElement('div');
    audioBox.hidden = true;
    audioBox.dataset.stageAudio = 'true';
    document.body.append(audioBox);
  }
  return audioBox;
}

function nameOf(identity: string): string | undefined {
  for (const entry of Object.values(useWorld.getState().roster)) if (entry.id === identity) return entry.name;
  return useStage.getState().names[identity];
}

let refreshQueued = false;
/** Events come in bursts; the store hears about them once per burst. */
function refresh(): void {
  if (refreshQueued) return;
  refreshQueued = true;
  queueMicrotask(() => {
    refreshQueued = false;
    const current = room;
    if (!current) return;
    const video = stageVideoOf(current, nameOf);
    stageTrack = video ? { key: video.video.key, track: video.track } : null;
    const before = useMedia.getState().video;
    useMedia.setState({
      allowed: allowedSources(current),
      publishing: publishingNow(current),
      publishers: publishersOf(current, nameOf),
      // The same track keeps the same object, so views attached to it do not re-attach.
      video:
        before && video && before.key === video.video.key && before.name === video.video.name
          ? before
          : (video?.video ?? null),
      listening: listeningTo(current),
      audioBlocked: !current.canPlaybackAudio,
    });
  });
}

function errorKey(error: unknown, otherwise = 'stage.connectFailed'): string {
  return mediaErrorKey(error, 'stage', otherwise);
}

function listen(next: Room, lk: LiveKit, mine: number): void {
  const { RoomEvent, Track: TrackKind } = lk;
  const ours = () => room === next && mine === generation;
  next
    .on(RoomEvent.TrackSubscribed, (track) => {
      if (!ours()) return;
      if (track.kind === TrackKind.Kind.Audio) audioElements().append(track.attach());
      refresh();
    })
    .on(RoomEvent.TrackUnsubscribed, (track) => {
      if (track.kind === TrackKind.Kind.Audio) track.detach().forEach((element) => element.remove());
      if (ours()) refresh();
    })
    .on(RoomEvent.ParticipantPermissionsChanged, (_before, participant) => {
      if (!ours() || !participant.isLocal) return;
      void dropWhatIsNoLongerAllowed(next);
      refresh();
    })
    .on(
      RoomEvent.AudioPlaybackStatusChanged,
      () => ours() && useMedia.setState({ audioBlocked: !next.canPlaybackAudio }),
    )
    .on(RoomEvent.Reconnecting, () => ours() && useMedia.setState({ connection: 'reconnecting' }))
    .on(RoomEvent.SignalReconnecting, () => ours() && useMedia.setState({ connection: 'reconnecting' }))
    .on(RoomEvent.Reconnected, () => ours() && useMedia.setState({ connection: 'connected' }))
    .on(RoomEvent.MediaDevicesError, (error) => ours() && useMedia.setState({ error: errorKey(error) }))
    .on(RoomEvent.Disconnected, (reason) => ours() && dropped(next, lk, reason));
  for (const event of [
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
    next.on(event, () => ours() && refresh());
  }
}

/** After a demotion the server takes the microphone back; the browser stops capturing too. */
async function dropWhatIsNoLongerAllowed(current: Room): Promise<void> {
  const allowed = allowedSources(current);
  const me = current.localParticipant;
  try {
    if (!allowed.includes('microphone') && me.isMicrophoneEnabled) await me.setMicrophoneEnabled(false);
    if (!allowed.includes('camera') && me.isCameraEnabled) await me.setCameraEnabled(false);
    if (!allowed.includes('screen_share') && me.isScreenShareEnabled) await me.setScreenShareEnabled(false);
  } catch {
    // The server has unpublished the tracks already; nothing left to stop.
  }
  refresh();
}

/** The room closed without the visitor leaving: removed, opened elsewhere, or a lost line. */
function dropped(lost: Room, lk: LiveKit, reason: DisconnectReason | undefined): void {
  forget(lost);
  if (reason === lk.DisconnectReason.PARTICIPANT_REMOVED) return void setIdle('removed');
  if (reason === lk.DisconnectReason.DUPLICATE_IDENTITY) return void setIdle('elsewhere');
  const pavilion = wanted;
  if (pavilion) void connect(pavilion, 'reconnecting');
}

function setIdle(connection: 'removed' | 'elsewhere'): void {
  generation++;
  useMedia.setState({ connection });
}

/** Lets go of a room and everything it played. */
function forget(old: Room): void {
  if (room === old) room = null;
  stageTrack = null;
  old.removeAllListeners();
  for (const participant of old.remoteParticipants.values()) {
    for (const publication of participant.trackPublications.values()) publication.track?.detach();
  }
  audioBox?.replaceChildren();
  useMedia.setState({ video: null, publishers: [], listening: [], publishing: NOT_PUBLISHING });
}

/** Lets go of the current room, if any, and closes it. */
function closeRoom(): void {
  const current = room;
  if (!current) return;
  forget(current);
  void current.disconnect();
}

/** Joins a stage with a fresh token; after a failure, tries again a few times before giving up. */
async function connect(pavilionId: CountryId, shown: 'connecting' | 'reconnecting', attempt = 0): Promise<void> {
  closeRoom();
  const mine = ++generation;
  const stale = () => mine !== generation || wanted !== pavilionId;
  useMedia.setState({ pavilionId, connection: shown });
  if (attempt > 0) await sleep(REJOIN_DELAYS_MS[attempt - 1]!);
  if (stale()) return;
  try {
    const [token, lk] = await Promise.all([fetchMediaToken(stageRoomName(pavilionId)), loadLiveKit()]);
    if (stale()) return;
    const next = new lk.Room({ adaptiveStream: true, dynacast: true });
    room = next;
    listen(next, lk, mine);
    useMedia.setState({ admin: token.admin, allowed: token.publish });
    await next.connect(token.url, token.token, connectOptions(token.url));
    if (stale()) {
      forget(next);
      return void next.disconnect();
    }
    useMedia.setState({ connection: 'connected', error: null, audioBlocked: !next.canPlaybackAudio });
    refresh();
  } catch (error) {
    if (stale()) return;
    closeRoom();
    if (error instanceof ApiFailure && error.code === 'unavailable') {
      useMedia.setState({ connection: 'unavailable', error: null });
    } else if (attempt < REJOIN_DELAYS_MS.length && !isFinal(error)) {
      void connect(pavilionId, shown, attempt + 1);
    } else {
      useMedia.setState({ connection: 'failed', error: errorKey(error) });
    }
  }
}

/** Follows the stage of this pavilion: its sound plays, its picture is in the store. */
export function joinStage(pavilionId: CountryId): void {
  if (wanted === pavilionId) return;
  leaveStage();
  wanted = pavilionId;
  void connect(pavilionId, 'connecting');
}

/** Leaves the stage (the visitor walked out of the pavilion or left the expo). */
export function leaveStage(): void {
  wanted = null;
  generation++;
  closeRoom();
  resetMedia();
}

/** Tries the stage again after a failure, a removal or a tab that took it over. */
export function retryStage(): void {
  const pavilion = wanted;
  if (pavilion) void connect(pavilion, 'connecting');
}

/** The browser blocked sound until a click: this is that click. */
export async function startStageAudio(): Promise<void> {
  const current = room;
  if (!current) return;
  try {
    await current.startAudio();
  } finally {
    useMedia.setState({ audioBlocked: !current.canPlaybackAudio });
  }
}

/**
 * Shows the stage's current picture in a <video>; returns the function that takes it away.
 * A <video> outside the page (the 3D screen's texture) is declared visible by hand, since
 * adaptive streaming would otherwise pause a track nobody seems to watch.
 */
export function showStageVideo(key: string, element: HTMLVideoElement): () => void {
  const current = stageTrack;
  if (!current || current.key !== key) return () => undefined;
  const { track } = current;
  element.muted = true;
  element.playsInline = true;
  track.attach(element);
  const release = element.isConnected ? undefined : keepVideoFlowing(track, element);
  void element.play().catch(() => undefined);
  return () => {
    release?.();
    track.detach(element);
  };
}

type Toggle = (room: Room, on: boolean) => Promise<unknown>;

const TOGGLES: Record<PublishKind, Toggle> = {
  camera: (r, on) => r.localParticipant.setCameraEnabled(on),
  microphone: (r, on) => r.localParticipant.setMicrophoneEnabled(on),
  screen_share: (r, on) =>
    r.localParticipant.setScreenShareEnabled(on, { audio: on && allowedSources(r).includes('screen_share_audio') }),
};

/**
 * Runs a publish action with the busy flag up and any failure in the store. `picker` when the
 * browser asks which screen to share: closing that picker is a change of mind, not a failure.
 */
async function publishing(action: (current: Room) => Promise<unknown>, picker = false): Promise<void> {
  const current = room;
  if (!current || useMedia.getState().busy) return;
  useMedia.setState({ busy: true, error: null });
  try {
    await action(current);
  } catch (error) {
    const cancelled = picker && (error as { name?: unknown } | null)?.name === 'NotAllowedError';
    if (!cancelled) useMedia.setState({ error: errorKey(error, 'stage.publishFailed') });
  } finally {
    useMedia.setState({ busy: false });
    refresh();
  }
}

/** Turns one source on or off, if the visitor may publish it. */
export function setPublishing(kind: PublishKind, on: boolean): Promise<void> {
  return publishing(
    async (current) => {
      if (on && !allowedSources(current).includes(kind)) return;
      await TOGGLES[kind](current, on);
    },
    kind === 'screen_share' && on,
  );
}

/**
 * The speaker goes live with camera and microphone. A token from before their slot began does
 * not allow it yet: the stage is joined again with a fresh one first.
 */
export async function goLive(): Promise<void> {
  const pavilion = wanted;
  if (!pavilion) return;
  if (!useMedia.getState().allowed.includes('camera')) {
    await connect(pavilion, 'reconnecting');
    if (!useMedia.getState().allowed.includes('camera')) {
      if (useMedia.getState().connection === 'connected') useMedia.setState({ error: 'stage.notYetLive' });
      return;
    }
  }
  // One request for both devices: the browser asks once, and both go out together.
  await publishing((current) => current.localParticipant.enableCameraAndMicrophone());
}

/** Ends the visitor's turn on stage: camera, microphone and screen all stop. */
export function stopLive(): Promise<void> {
  return publishing(async (current) => {
    await current.localParticipant.setScreenShareEnabled(false);
    await current.localParticipant.setCameraEnabled(false);
    await current.localParticipant.setMicrophoneEnabled(false);
  });
}

export function dismissMediaError(): void {
  useMedia.setState({ error: null });
}
