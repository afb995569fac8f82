import type {
  ExternalE2EEKeyProvider,
  LocalTrack,
  RemoteAudioTrack,
  RemoteTrackPublication,
  Room,
  RoomOptions,
  Track,
} from 'livekit-client';
import { Lang } from '../../shared/languages.ts';
import { interpretationTrackName, type ListeningChoice } from '../../shared/meetingRoom.ts';
import { meetingRoomName } from '../../shared/meetings.ts';
import type { MediaSource } from '../../shared/stage.ts';
import type { PublishKind } from '../state/media.ts';
import { clearCall, useMeetingCall } from '../state/meetingCall.ts';
import { useSession } from '../state/session.ts';
import { mediaProblem, type LiveKit } from './liveKitCommon.ts';
import { LiveKitConnection, type RemoteVideoState } from './liveKitConnection.ts';
import { everyone, publishingNow } from './mediaSnapshot.ts';
import { audioPlanFor } from './meetingListening.ts';
import { interpretedNow, participantsOf, trackKey } from './meetingSnapshot.ts';
import { fetchMediaToken } from './stageApi.ts';
import { keepVideoWithinBudget, onVideoBudgetChange } from './videoBudget.ts';

/**
 * A side meeting's voice and video: joins its LiveKit room, publishes the visitor's camera (on)
 * and microphone (muted), plays the others at the volumes their listening choice asks for, and
 * writes what it finds to useMeetingCall. An interpreter's microphone goes out under the name of
 * their language, so listeners can pick it. livekit-client loads only when a meeting opens.
 *
 * An end-to-end encrypted meeting's room gets LiveKit's E2EE worker and a key provider; nothing
 * is published until the meeting key (meetingE2ee.ts) is set and encryption is on.
 */

/** What the visitor may publish, from their token. */
let allowed: MediaSource[] = [];
/** Whether the camera should be on after a rejoin; the microphone always comes back muted. */
let cameraWanted = true;
/** Video tracks by the key views show them by. */
const videos = new Map<string, Track>();

/** Whether the call joined is end-to-end encrypted. */
let encrypted = false;
/** The encrypted room's key provider and worker, made anew with each LiveKit room. */
let secure: { keyProvider: ExternalE2EEKeyProvider; worker: Worker } | null = null;
/** The meeting key in use, from the key exchange; kept across the call's rejoins. */
let meetingKey: Uint8Array | null = null;
/** Joins waiting for the meeting key; woken when it comes or the call is left. */
const keyWaiters = new Set<() => void>();

const err = (error: unknown, otherwise: string) => mediaProblem(error, 'meeting', otherwise);

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

/** Plays a remote voice from the hidden box, once; tests read each element's volume and names there. */
function play(track: RemoteAudioTrack, identity: string, trackName: string): void {
  if (track.attachedElements.length > 0) return;
  const element = track.attach();
  element.dataset.identity = identity;
  element.dataset.trackName = trackName;
  call.audioElements().append(element);
}

function silence(track: Track): void {
  track.detach().forEach((element) => element.remove());
}

/**
 * Subscribes to what the listening choice wants and sets each voice's volume. A track let go of
 * here may stay in LiveKit's hands for a while, so its element goes now, and comes back with it.
 */
function applyListening(current: Room, langs: Lang[]): void {
  const choice = useMeetingCall.getState().listening;
  const interpreted = choice !== 'floor' && langs.includes(choice);
  for (const participant of current.remoteParticipants.values()) {
    for (const publication of participant.trackPublications.values()) {
      const remote = publication as RemoteTrackPublication;
      // Pictures are the preset's to allow (keepVideoWithinBudget).
      if (publication.kind !== 'audio') continue;
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

/** Reads the room into the store: voices at their volumes, video tracks by key, the tiles. */
function snapshot(current: Room): void {
  const interpreted = interpretedNow(current);
  applyListening(current, interpreted);
  keepVideoWithinBudget(current);
  videos.clear();
  for (const participant of everyone(current)) {
    for (const publication of participant.videoTrackPublications.values()) {
      if (publication.track) videos.set(trackKey(participant.identity, publication), publication.track);
    }
  }
  useMeetingCall.setState({
    participants: participantsOf(current),
    publishing: publishingNow(current),
    interpreted,
    audioBlocked: !current.canPlaybackAudio,
  });
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
  call.refresh();
}

const keyBuffer = (key: Uint8Array): ArrayBuffer => new Uint8Array(key).buffer;

/** A new room's encryption: a key provider and LiveKit's worker (a chunk of its own, fetched only here). */
function e2eeOptions(lk: LiveKit): Partial<RoomOptions> {
  dropSecure();
  if (!encrypted || !lk.isE2EESupported()) return {};
  const keyProvider = new lk.ExternalE2EEKeyProvider();
  const worker = new Worker(new URL('livekit-client/e2ee-worker', import.meta.url), { type: 'module' });
  secure = { keyProvider, worker };
  if (meetingKey) void keyProvider.setKey(keyBuffer(meetingKey));
  return { e2ee: { keyProvider, worker } };
}

function dropSecure(): void {
  secure?.worker.terminate();
  secure = null;
}

function wakeKeyWaiters(): void {
  for (const wake of keyWaiters) wake();
  keyWaiters.clear();
}

/** The meeting key to encrypt with from now on (null: forget it); the call in progress takes it at once. */
export function setMeetingKey(key: Uint8Array | null): void {
  meetingKey = key;
  if (key) void secure?.keyProvider.setKey(keyBuffer(key));
  wakeKeyWaiters();
}

/**
 * An encrypted call waits for the meeting key, sets it and turns encryption on before anything
 * goes out; false when it cannot (no E2EE in this browser) or the visitor moved on meanwhile.
 */
async function secureCall(current: Room, stale: () => boolean): Promise<boolean> {
  const mine = secure;
  if (!mine) {
    useMeetingCall.setState({ mediaError: 'meeting.e2eeUnsupported' });
    return false;
  }
  while (!meetingKey) {
    await new Promise<void>((wake) => keyWaiters.add(wake));
    if (stale()) return false;
  }
  await mine.keyProvider.setKey(keyBuffer(meetingKey));
  await current.setE2EEEnabled(true);
  return !stale() && secure === mine;
}

async function joined(current: Room, lk: LiveKit, stale: () => boolean): Promise<void> {
  if (encrypted && !(await secureCall(current, stale))) return;
  await publishOnJoin(current, lk, stale);
}

const call: LiveKitConnection<string> = new LiveKitConnection<string>({
  audioBox: 'meetingAudio',
  errors: {
    prefix: 'meeting',
    connect: 'meeting.callFailed',
    device: 'meeting.publishFailed',
    publish: 'meeting.publishFailed',
  },
  // Voices are subscribed to as the listening choice asks (applyListening), not all at once.
  connectOptions: { autoSubscribe: false },
  roomOptions: e2eeOptions,
  // The server deletes the room when the chair ends the meeting.
  endsWithRoom: true,
  token: (meetingId) => fetchMediaToken(meetingRoomName(meetingId)),
  write: ({ error, ...rest }) => useMeetingCall.setState(error === undefined ? rest : { ...rest, mediaError: error }),
  busy: () => useMeetingCall.getState().busy,
  granted: (token) => {
    allowed = token.publish;
  },
  snapshot,
  joined,
  forgotten() {
    videos.clear();
    dropSecure();
    useMeetingCall.setState({ participants: [], interpreted: [] });
  },
});

// Switching to or from the low-bandwidth preset subscribes or unsubscribes the cameras at once.
onVideoBudgetChange(() => call.refresh());

/** Joins the call of this meeting (once the visitor is in its room), encrypted or not as the room says. */
export function joinMeetingCall(meetingId: string, e2ee: boolean): void {
  if (call.target === meetingId && encrypted === e2ee) return;
  leaveMeetingCall();
  cameraWanted = true;
  encrypted = e2ee;
  call.join(meetingId);
}

/** Leaves the call: every track the visitor sent stops, every voice goes quiet. */
export function leaveMeetingCall(): void {
  call.leave();
  wakeKeyWaiters();
  clearCall();
}

/** The call's remote cameras and screens and whether they are subscribed (diagnostics). */
export function meetingVideoSubscriptions(): RemoteVideoState[] {
  return call.remoteVideo();
}

/** Tries the call again after a failure or a tab that took it over. */
export function retryMeetingCall(): void {
  void call.retry();
}

/** The browser blocked sound until a click: this is that click. */
export function startMeetingAudio(): Promise<void> {
  return call.startAudio();
}

/** The floor alone, or one language's interpreter with the floor quiet underneath. */
export function setListening(choice: ListeningChoice): void {
  useMeetingCall.setState({ listening: choice });
  call.refresh();
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
  if (on && !allowed.includes(kind)) return;
  await call.publish(
    async (current) => {
      // Nothing goes out of an encrypted meeting before its key is set.
      if (on && encrypted && !current.isE2EEEnabled) return;
      if (kind === 'camera') cameraWanted = on;
      await TOGGLES[kind](current, on);
    },
    kind === 'screen_share' && on,
  );
}

export function dismissMeetingMediaError(): void {
  call.dismissError();
}

/** The visitor has read why the meeting turned a request down. */
export function dismissMeetingRefusal(): void {
  useMeetingCall.setState({ refused: null });
}
