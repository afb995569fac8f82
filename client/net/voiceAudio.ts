import type { RemoteAudioTrack } from 'livekit-client';
import { VOICE } from '../../shared/voice.ts';
import { INTERPOLATION_DELAY_MS, motion, sampleAt, type Sample } from '../world/motion.ts';

/**
 * Where voices come from: every heard microphone plays through a PannerNode placed at its
 * speaker's avatar, and the listener stands at the visitor's avatar looking where the camera
 * looks. LiveKit routes each remote track through our nodes (its web audio mix); we move them.
 */

/** Avatars' mouths are about this high; the listener's ears too. */
const HEAD_HEIGHT = 1.6;

let context: AudioContext | null = null;

/** The one audio context of proximity voice; it starts suspended until a click lets it play. */
export function voiceAudioContext(): AudioContext {
  if (!context || context.state === 'closed') context = new AudioContext({ latencyHint: 'interactive' });
  return context;
}

interface Placed {
  panner: PannerNode;
  /** The speaker's session id in the world room, where their avatar's positions are kept. */
  sessionId: string | undefined;
}

const placed = new Map<RemoteAudioTrack, Placed>();
const pose: Sample = { t: 0, x: 0, z: 0, ry: 0, anim: 0 };
let frame = 0;

/**
 * Sends a subscribed voice through a panner that fades to silence at the hearing radius. The
 * track must also be attached to an element: Chrome plays a remote stream into Web Audio only then.
 */
export function placeVoice(track: RemoteAudioTrack, sessionId: string | undefined): void {
  const ctx = voiceAudioContext();
  const panner = new PannerNode(ctx, {
    panningModel: 'HRTF',
    distanceModel: 'linear',
    refDistance: 1,
    maxDistance: VOICE.hearingRadius,
    rolloffFactor: 1,
  });
  placed.set(track, { panner, sessionId });
  track.setWebAudioPlugins([panner]);
  follow();
}

/** The speaker's session may change (a reconnect); the panner keeps following the right avatar. */
export function updateVoiceOwner(track: RemoteAudioTrack, sessionId: string | undefined): void {
  const entry = placed.get(track);
  if (entry) entry.sessionId = sessionId;
}

export function unplaceVoice(track: RemoteAudioTrack): void {
  const entry = placed.get(track);
  if (!entry) return;
  placed.delete(track);
  track.setWebAudioPlugins([]);
  entry.panner.disconnect();
}

export function unplaceAll(): void {
  for (const track of [...placed.keys()]) unplaceVoice(track);
}

/** Moves the listener and every voice once per animation frame, while any voice plays. */
function follow(): void {
  if (frame) return;
  const step = () => {
    frame = 0;
    if (placed.size === 0 || !context) return;
    const now = context.currentTime;
    const { listener } = context;
    const { self, cameraYaw } = motion;
    listener.positionX.setValueAtTime(self.x, now);
    listener.positionY.setValueAtTime(HEAD_HEIGHT, now);
    listener.positionZ.setValueAtTime(self.z, now);
    // The camera looks along (-sin yaw, -cos yaw): what is on the screen's left sounds from the left.
    listener.forwardX.setValueAtTime(-Math.sin(cameraYaw), now);
    listener.forwardY.setValueAtTime(0, now);
    listener.forwardZ.setValueAtTime(-Math.cos(cameraYaw), now);
    listener.upX.setValueAtTime(0, now);
    listener.upY.setValueAtTime(1, now);
    listener.upZ.setValueAtTime(0, now);
    const drawnAt = performance.now() - INTERPOLATION_DELAY_MS;
    for (const { panner, sessionId } of placed.values()) {
      if (!sessionId || !sampleAt(motion.remote.get(sessionId), drawnAt, pose)) continue;
      panner.positionX.setValueAtTime(pose.x, now);
      panner.positionY.setValueAtTime(HEAD_HEIGHT, now);
      panner.positionZ.setValueAtTime(pose.z, now);
    }
    frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
}
