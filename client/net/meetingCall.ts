import type {
  DisconnectReason,
  LocalTrack,
  RemoteAudioTrack,
  RemoteTrackPublication,
  Room,
  Track,
} from 'livekit-client';
import { Lang } from '../../shared/languages.ts';
import { interpretationTrackName, type ListeningChoice } from '../../shared/meetingRoom.ts';
import { meetingRoomName } from '../../shared/meetings.ts';
import type { MediaSource } from '../../shared/stage.ts';
import type { PublishKind } from '../state/media.ts';
import { clearCall, useMeetingCall } from '../state/meetingCall.ts';
import { useSession } from '../state/session.ts';
import { ApiFailure } from './api.ts';
import { connectOptions, isFinal, loadLiveKit, mediaErrorKey, sleep, type LiveKit } from './liveKitCommon.ts';
import { audioPlanFor } from './meetingListening.ts';
import { interpretedNow, participantsOf, trackKey } from './meetingSnapshot.ts';
import { fetchMediaToken } from './stageApi.ts';

/**
 * A side meeting's voice and video: joins its LiveKit room, publishes the visitor's camera (on)
 * and microphone (muted), plays the others at the volumes their listening choice asks for, and
 * writes what it finds to useMeetingCall. An interpreter's microphone goes out under the name of
 * their language, so listeners can pick it. livekit-client loads only when a meeting opens.
 */

const REJOIN_DELAYS_MS = [1000, 3000, 8000];

let room: Room | null = null;
let wanted: string | null = null;
/** Bumped by every join and leave, so a connection that resolves late knows it is stale. */
let generation = 0;
/** What the visitor may publish, from their token. */
let allowed: MediaSource[] = [];
/** Whether the camera should be on after a rejoin; the microphone always comes back muted. */
let cameraWanted = true;
/** Video tracks by the key views show them by. */
const videos = new Map<string, Track>();
let audioBox: HTMLDivElement | null = null;

const err = (error: unknown, otherwise: string) => mediaErrorKey(error, 'meeting', otherwise);

/** The language the visitor interprets into, for interpreters. */
function interprets(): Lang | null {
  const user = useSession.getState().session?.user;
  if (user?.role !== 'interpreter') return null;
  const lang = Lang.safeParse(user.scope);
  return lang.success ? lang.data : null;
}

function micOptions() {
  const lang = interprets();
  return lang ? { name: interpretationTrackName(lang) } : undefined;
}

/** The hidden box the meeting's <audio> elements play from; tests read their volumes here. */
function audioElements(): HTMLDivElement {
  if (!audioBox) {
    audioBox = document.createElement('div');
    audioBox.hidden = true;
    audioBox.dataset.meetingAudio = 'true';
    document.body.append(audioBox);
  }
  return audioBox;
}

/** Plays a remote voice from the hidden box, once; tests read each element's volume and names there. */
function play(track: RemoteAudioTrack, identity: string, trackName: string): void {
  if (track.attachedElements.length > 0) return;
  const element = track.attach();
  element.dataset.identity = identity;
  element.dataset.trackName = trackName;
  audioElements().append(element);
}

function silence(track: Track): void {
  track.detach().forEach((element) => element.remove());
}

/**
 * Subscribes to what the listening choice wants and sets each voice's volume. A track let go of
 * here may stay in LiveKit's hands for a while, so its element goes now, and comes back with it.
 */
function applyListening(current: Room): void {
  const choice = useMeetingCall.getState().listening;
  const interpreted = choice !== 'floor' && interpretedNow(current).includes(choice);
  for (const participant of current.remoteParticipants.values()) {
    for (const publication of participant.trackPublications.values()) {
      const remote = publication as RemoteTrackPublication;
      if (publication.kind !== 'audio') {
        if (!remote.isDesired) remote.setSubscribed(true);
        continue;
      }
      const plan = audioPlanFor(publication.trackName, choice, interpreted);
      if (remote.isDesired !== plan.subscribed) remote.setSubscribed(plan.subscribed);
      const track = remote.track as RemoteAudioTrack | undefined;
      if (!track) continue;
      if (!plan.subscribed) {
        silence(track);
        continue;
      }
      play(track, participant.identity, publication.trackName);
      track.setVolume(plan.volume);
    }
  }
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
    applyListening(current);
    videos.clear();
    for (const participant of [current.localParticipant, ...current.remoteParticipants.values()]) {
      for (const publication of participant.videoTrackPublications.values()) {
        if (publication.track) videos.set(trackKey(participant.identity, publication), publication.track);
      }
    }
    const me = current.localParticipant;
    useMeetingCall.setState({
      participants: participantsOf(current),
      publishing: {
        camera: me.isCameraEnabled,
        microphone: me.isMicrophoneEnabled,
        screen_share: me.isScreenShareEnabled,
      },
      interpreted: interpretedNow(current),
      audioBlocked: !current.canPlaybackAudio,
    });
  });
}

function listen(next: Room, lk: LiveKit, mine: number): void {
  const { RoomEvent } = lk;
  const ours = () => room === next && mine === generation;
  next
    // Voices are played (and their volume set) by applyListening, on the refresh this asks for.
    .on(RoomEvent.TrackSubscribed, () => ours() && refresh())
    .on(RoomEvent.TrackUnsubscribed, (track) => {
      if (track.kind === lk.Track.Kind.Audio) silence(track);
      if (ours()) refresh();
    })
    .on(RoomEvent.AudioPlaybackStatusChanged, () => ours() && refresh())
    .on(RoomEvent.Reconnecting, () => ours() && useMeetingCall.setState({ connection: 'reconnecting' }))
    .on(RoomEvent.SignalReconnecting, () => ours() && useMeetingCall.setState({ connection: 'reconnecting' }))
    .on(RoomEvent.Reconnected, () => ours() && useMeetingCall.setState({ connection: 'connected' }))
    .on(
      RoomEvent.MediaDevicesError,
      (error) => ours() && useMeetingCall.setState({ mediaError: err(error, 'meeting.publishFailed') }),
    )
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

/** The call closed without the visitor leaving: removed, opened elsewhere, ended, or a lost line. */
function dropped(lost: Room, lk: LiveKit, reason: DisconnectReason | undefined): void {
  forget(lost);
  const { DisconnectReason: Why } = lk;
  if (reason === Why.PARTICIPANT_REMOVED) return void setIdle('removed');
  if (reason === Why.DUPLICATE_IDENTITY) return void setIdle('elsewhere');
  if (reason === Why.ROOM_DELETED) return void setIdle('idle');
  const meetingId = wanted;
  if (meetingId) void connect(meetingId, 'reconnecting');
}

function setIdle(connection: 'removed' | 'elsewhere' | 'idle'): void {
  generation++;
  useMeetingCall.setState({ connection });
}

/** Lets go of a room and everything it played. */
function forget(old: Room): void {
  if (room === old) room = null;
  videos.clear();
  old.removeAllListeners();
  for (const participant of old.remoteParticipants.values()) {
    for (const publication of participant.trackPublications.values()) publication.track?.detach();
  }
  audioBox?.replaceChildren();
  useMeetingCall.setState({ participants: [], interpreted: [] });
}

function closeRoom(): void {
  const current = room;
  if (!current) return;
  forget(current);
  void current.disconnect();
}

/**
 * Camera on and microphone published but muted, asked of the browser in one request. Without a
 * camera the microphone still goes out; a refused device is said in words, the call goes on.
 */
async function publishOnJoin(current: Room, lk: LiveKit, stale: () => boolean): Promise<void> {
  const video = cameraWanted && allowed.includes('camera');
  const audio = allowed.includes('microphone');
  if (!video && !audio) return;
  let tracks: LocalTrack[];
  try {
    tracks = await lk.createLocalTracks({ audio, video });
  } catch (error) {
    useMeetingCall.setState({ mediaError: err(error, 'meeting.publishFailed') });
    tracks = video && audio ? await lk.createLocalTracks({ audio: true }).catch(() => []) : [];
  }
  if (stale()) return void tracks.forEach((track) => track.stop());
  try {
    for (const track of tracks) {
      if (track.kind === lk.Track.Kind.Audio) {
        await track.mute();
        await current.localParticipant.publishTrack(track, { source: lk.Track.Source.Microphone, ...micOptions() });
      } else {
        await current.localParticipant.publishTrack(track, { source: lk.Track.Source.Camera });
      }
    }
  } catch (error) {
    if (!stale()) useMeetingCall.setState({ mediaError: err(error, 'meeting.publishFailed') });
  }
  refresh();
}

/** Joins the meeting's call with a fresh token; after a failure, tries again a few times before giving up. */
async function connect(meetingId: string, shown: 'connecting' | 'reconnecting', attempt = 0): Promise<void> {
  closeRoom();
  const mine = ++generation;
  const stale = () => mine !== generation || wanted !== meetingId;
  useMeetingCall.setState({ connection: shown });
  if (attempt > 0) await sleep(REJOIN_DELAYS_MS[attempt - 1]!);
  if (stale()) return;
  try {
    const [token, lk] = await Promise.all([fetchMediaToken(meetingRoomName(meetingId)), loadLiveKit()]);
    if (stale()) return;
    allowed = token.publish;
    const next = new lk.Room({ adaptiveStream: true, dynacast: true });
    room = next;
    listen(next, lk, mine);
    await next.connect(token.url, token.token, { ...connectOptions(token.url), autoSubscribe: false });
    if (stale()) {
      forget(next);
      return void next.disconnect();
    }
    useMeetingCall.setState({ connection: 'connected', audioBlocked: !next.canPlaybackAudio });
    refresh();
    await publishOnJoin(next, lk, stale);
  } catch (error) {
    if (stale()) return;
    closeRoom();
    if (error instanceof ApiFailure && error.code === 'unavailable') {
      useMeetingCall.setState({ connection: 'unavailable', mediaError: null });
    } else if (attempt < REJOIN_DELAYS_MS.length && !isFinal(error)) {
      void connect(meetingId, shown, attempt + 1);
    } else {
      useMeetingCall.setState({ connection: 'failed', mediaError: err(error, 'meeting.callFailed') });
    }
  }
}

/** Joins the call of this meeting (once the visitor is in its room). */
export function joinMeetingCall(meetingId: string): void {
  if (wanted === meetingId) return;
  leaveMeetingCall();
  wanted = meetingId;
  cameraWanted = true;
  void connect(meetingId, 'connecting');
}

/** Leaves the call: every track the visitor sent stops, every voice goes quiet. */
export function leaveMeetingCall(): void {
  wanted = null;
  generation++;
  closeRoom();
  clearCall();
}

/** Tries the call again after a failure or a tab that took it over. */
export function retryMeetingCall(): void {
  const meetingId = wanted;
  if (meetingId) void connect(meetingId, 'connecting');
}

/** The browser blocked sound until a click: this is that click. */
export async function startMeetingAudio(): Promise<void> {
  const current = room;
  if (!current) return;
  try {
    await current.startAudio();
  } finally {
    refresh();
  }
}

/** The floor alone, or one language's interpreter with the floor quiet underneath. */
export function setListening(choice: ListeningChoice): void {
  useMeetingCall.setState({ listening: choice });
  if (room) refresh();
}

/** Shows a video track in a <video>; returns the function that takes it away. */
export function showMeetingVideo(key: string, element: HTMLVideoElement): () => void {
  const track = videos.get(key);
  if (!track) return () => undefined;
  element.muted = true;
  element.playsInline = true;
  track.attach(element);
  void element.play().catch(() => undefined);
  return () => void track.detach(element);
}

type Toggle = (current: Room, on: boolean) => Promise<unknown>;

const TOGGLES: Record<PublishKind, Toggle> = {
  camera: (r, on) => r.localParticipant.setCameraEnabled(on),
  microphone: (r, on) => r.localParticipant.setMicrophoneEnabled(on, undefined, micOptions()),
  screen_share: (r, on) =>
    r.localParticipant.setScreenShareEnabled(on, { audio: on && allowed.includes('screen_share_audio') }),
};

/** Turns one source on or off. Closing the browser's screen picker is a change of mind, not a failure. */
export async function setMeetingPublishing(kind: PublishKind, on: boolean): Promise<void> {
  const current = room;
  if (!current || useMeetingCall.getState().busy) return;
  if (on && !allowed.includes(kind)) return;
  if (kind === 'camera') cameraWanted = on;
  useMeetingCall.setState({ busy: true, mediaError: null });
  try {
    await TOGGLES[kind](current, on);
  } catch (error) {
    const cancelled = kind === 'screen_share' && (error as { name?: unknown } | null)?.name === 'NotAllowedError';
    if (!cancelled) useMeetingCall.setState({ mediaError: err(error, 'meeting.publishFailed') });
  } finally {
    useMeetingCall.setState({ busy: false });
    refresh();
  }
}

export function dismissMeetingMediaError(): void {
  useMeetingCall.setState({ mediaError: null });
}
