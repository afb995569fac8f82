import type { Room as ExpoRoom } from 'colyseus.js';
import type { RemoteAudioTrack, Room } from 'livekit-client';
import type { MediaToken } from '../../shared/stage.ts';
import { chooseHeard, VOICE, VoiceMessages, VoiceTokenReply, type VoiceSpeaker } from '../../shared/voice.ts';
import { quality } from '../state/quality.ts';
import { resetVoice, useVoice, type MicMode } from '../state/voice.ts';
import { useWorld } from '../state/world.ts';
import { motion } from '../world/motion.ts';
import { ApiFailure } from './apiFailure.ts';
import { mediaProblem, type LiveKit } from './liveKitCommon.ts';
import { LiveKitConnection } from './liveKitConnection.ts';
import { placeVoice, unplaceAll, unplaceVoice, updateVoiceOwner, voiceAudioContext } from './voiceAudio.ts';

/**
 * Proximity voice: the visitor is in the LiveKit room of the plaza or pavilion room they are in,
 * subscribes only to the nearest speakers (shared/voice.ts), and hears them placed in space
 * (voiceAudio.ts). The token comes through the world room: being there is the permission.
 */

/** A token request the world room has not answered within this is asked again. */
const TOKEN_TIMEOUT_MS = 10_000;

let world: ExpoRoom | null = null;
let pending: { resolve(token: MediaToken): void; reject(error: unknown): void } | null = null;
let chooser: ReturnType<typeof setInterval> | undefined;
let pushHeld = false;
let applying = false;

function requestToken(): Promise<MediaToken> {
  const room = world;
  if (!room) return Promise.reject(new ApiFailure('network', 'not in a room'));
  pending?.reject(new ApiFailure('network', 'asked again'));
  return new Promise<MediaToken>((resolve, reject) => {
    const mine = { resolve, reject };
    pending = mine;
    setTimeout(() => {
      if (pending !== mine) return;
      pending = null;
      reject(new ApiFailure('network', 'the room did not answer'));
    }, TOKEN_TIMEOUT_MS);
    room.send(VoiceMessages.tokenRequest, {});
  });
}

function answer(raw: unknown): void {
  const reply = VoiceTokenReply.safeParse(raw);
  const waiting = pending;
  if (!reply.success || !waiting) return;
  pending = null;
  if (reply.data.ok) waiting.resolve(reply.data.token);
  else if (reply.data.reason === 'unavailable')
    waiting.reject(new ApiFailure('unavailable', 'voice is off on this server'));
  else waiting.reject(new ApiFailure('network', 'voice did not start'));
}

/** User id → session id of everyone in the world room (positions are kept by session). */
function sessionsByUser(): Map<string, string> {
  const sessions = new Map<string, string>();
  for (const [sessionId, entry] of Object.entries(useWorld.getState().roster)) sessions.set(entry.id, sessionId);
  return sessions;
}

/** Chooses again whom to hear and subscribes accordingly; everyone else's microphone stays unsubscribed. */
function choose(room: Room, lk: LiveKit): void {
  const sessions = sessionsByUser();
  const speakers: VoiceSpeaker[] = [];
  for (const participant of room.remoteParticipants.values()) {
    const mic = participant.getTrackPublication(lk.Track.Source.Microphone);
    const sessionId = sessions.get(participant.identity);
    const samples = sessionId ? motion.remote.get(sessionId) : undefined;
    const last = samples?.[samples.length - 1];
    if (!mic || !last) continue;
    speakers.push({ identity: participant.identity, x: last.x, z: last.z, live: !mic.isMuted });
    if (mic.track) updateVoiceOwner(mic.track as RemoteAudioTrack, sessionId);
  }
  const before = useVoice.getState().heard;
  const limits = { ...VOICE, cap: quality().voiceCap };
  const heard = motion.placed ? chooseHeard(motion.self, speakers, new Set(before), limits) : [];
  const wanted = new Set(heard);
  for (const participant of room.remoteParticipants.values()) {
    const mic = participant.getTrackPublication(lk.Track.Source.Microphone);
    if (mic && mic.isDesired !== wanted.has(participant.identity)) mic.setSubscribed(wanted.has(participant.identity));
  }
  if (heard.join() !== before.join()) useVoice.setState({ heard });
}

const voice: LiveKitConnection<string> = new LiveKitConnection<string>({
  audioBox: 'voiceAudio',
  errors: { prefix: 'voice', connect: 'voice.connectFailed', device: 'voice.micFailed', publish: 'voice.micFailed' },
  // Nothing is heard until chosen: a crowd must not cost every listener every voice.
  connectOptions: { autoSubscribe: false },
  roomOptions: () => ({ webAudioMix: { audioContext: voiceAudioContext() } }),
  token: () => requestToken(),
  write: (patch) => useVoice.setState(patch),
  busy: () => useVoice.getState().busy,
  granted: (token) => useVoice.setState({ mayTalk: token.publish.includes('microphone') }),
  snapshot(current) {
    useVoice.setState({
      live: current.localParticipant.isMicrophoneEnabled,
      speaking: current.activeSpeakers.map((p) => p.identity),
      audioBlocked: !current.canPlaybackAudio,
    });
  },
  listen(next, lk, ours) {
    next
      .on(lk.RoomEvent.TrackSubscribed, (track, _publication, participant) => {
        if (!ours() || track.kind !== lk.Track.Kind.Audio) return;
        // Chrome feeds a remote stream into Web Audio only while an element plays it too (muted by LiveKit).
        voice.audioElements().append(track.attach());
        placeVoice(track as RemoteAudioTrack, sessionsByUser().get(participant.identity));
      })
      .on(lk.RoomEvent.TrackUnsubscribed, (track) => {
        if (track.kind === lk.Track.Kind.Audio) unplaceVoice(track as RemoteAudioTrack);
      })
      .on(lk.RoomEvent.TrackPublished, () => ours() && choose(next, lk))
      // An organiser's mute (or its end) changes what this person may publish while connected.
      .on(lk.RoomEvent.ParticipantPermissionsChanged, (_before, participant) => {
        if (!ours() || participant !== next.localParticipant) return;
        const mayTalk = participant.permissions?.canPublish === true;
        useVoice.setState(mayTalk ? { mayTalk } : { mayTalk, mode: 'off' });
        void applyMicrophone();
      });
  },
  joined(current, lk, stale) {
    useVoice.setState({ error: null });
    clearInterval(chooser);
    choose(current, lk);
    chooser = setInterval(() => {
      if (stale() || voice.current !== current) return clearInterval(chooser);
      choose(current, lk);
    }, VOICE.chooseEveryMs);
    void applyMicrophone();
  },
  forgotten() {
    clearInterval(chooser);
    unplaceAll();
    useVoice.setState({ heard: [], speaking: [], live: false });
  },
});

/** Whether the microphone should be sending now. */
function wantLive(): boolean {
  const { mayTalk, mode } = useVoice.getState();
  return mayTalk && (mode === 'open' || (mode === 'push' && pushHeld));
}

/**
 * Brings the microphone to what is wanted, however often that changed meanwhile (a quick
 * push-to-talk tap must not leave it on). A refused microphone turns voice back off, with a note.
 */
async function applyMicrophone(): Promise<void> {
  const current = voice.current;
  if (!current || applying || useVoice.getState().connection !== 'connected') return;
  applying = true;
  useVoice.setState({ busy: true });
  try {
    while (voice.current === current && current.localParticipant.isMicrophoneEnabled !== wantLive()) {
      await current.localParticipant.setMicrophoneEnabled(wantLive());
    }
  } catch (error) {
    pushHeld = false;
    useVoice.setState({ mode: 'off', error: mediaProblem(error, 'voice', 'voice.micFailed') });
  } finally {
    applying = false;
    useVoice.setState({ busy: false });
    voice.refresh();
  }
}

/** Follows the voice of this world room (called on every join, hand-over and reconnection). */
export function listenToVoice(next: ExpoRoom): void {
  world = next;
  next.onMessage(VoiceMessages.token, answer);
  if (voice.target !== next.roomId) voice.join(next.roomId);
}

/** Leaves voice with the world room (the visitor left the expo). */
export function leaveVoice(): void {
  world = null;
  pending = null;
  pushHeld = false;
  voice.leave();
  resetVoice();
}

/** Off, open or push-to-talk; a click here also lets the browser play the voices nearby. */
export function setMicMode(mode: MicMode): void {
  useVoice.setState({ mode, error: null });
  void voiceAudioContext().resume();
  void voice.startAudio();
  void applyMicrophone();
}

/** The push-to-talk key went down or up. */
export function pushToTalk(held: boolean): void {
  if (useVoice.getState().mode !== 'push' || pushHeld === held) return;
  pushHeld = held;
  if (held) void voiceAudioContext().resume();
  void applyMicrophone();
}

export function retryVoice(): void {
  void voice.retry();
}

/** The browser blocked sound until a click: this is that click. */
export function startVoiceAudio(): Promise<void> {
  return voice.startAudio();
}

export function dismissVoiceError(): void {
  voice.dismissError();
}

/** User ids publishing a microphone in this room, heard or not. */
export function voicePublishers(): string[] {
  const current = voice.current;
  if (!current) return [];
  return [...current.remoteParticipants.values()]
    .filter((p) => [...p.audioTrackPublications.values()].length > 0)
    .map((p) => p.identity);
}

/** Read-only figures for diagnostics and end-to-end tests: what this page hears and how many bytes arrived. */
export async function voiceReceived(): Promise<Record<string, number>> {
  const current = voice.current;
  const out: Record<string, number> = {};
  if (!current) return out;
  for (const participant of current.remoteParticipants.values()) {
    for (const publication of participant.audioTrackPublications.values()) {
      const receiver = publication.track?.receiver;
      if (!publication.isSubscribed || !receiver) continue;
      let bytes = 0;
      (await receiver.getStats()).forEach((s: { type?: string; bytesReceived?: number }) => {
        if (s.type === 'inbound-rtp') bytes += s.bytesReceived ?? 0;
      });
      out[participant.identity] = bytes;
    }
  }
  return out;
}
