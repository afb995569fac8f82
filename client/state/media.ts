import type { Problem } from '../i18n/failureText.ts';
import { create } from 'zustand';
import type { MediaSource } from '../../shared/stage.ts';

/**
 * Where the stage's voice and video stand: `unavailable` when this server runs without them,
 * `removed` when an organiser took the visitor out of the stage, `elsewhere` when the same
 * person opened the stage in another tab.
 */
export type MediaConnection =
  'idle' | 'connecting' | 'connected' | 'reconnecting' | 'unavailable' | 'failed' | 'removed' | 'elsewhere';

/** What the visitor can publish from (screen-share audio rides along with the screen). */
export type PublishKind = 'camera' | 'microphone' | 'screen_share';

/** One published track as the stage panel lists it; `sid` is what an organiser mutes by. */
export interface StageTrack {
  sid: string;
  source: MediaSource;
  muted: boolean;
}

/** Someone publishing on the stage (the visitor too, marked `local`). */
export interface StagePublisher {
  /** The LiveKit identity, which is the user id. */
  identity: string;
  name: string;
  local: boolean;
  speaking: boolean;
  tracks: StageTrack[];
}

/** The video the stage shows: a screen share wins over a camera. `key` changes when the track does. */
export interface StageVideo {
  key: string;
  identity: string;
  name: string;
  source: 'camera' | 'screen_share';
  local: boolean;
}

interface MediaState {
  connection: MediaConnection;
  /** A translation key for the last thing that went wrong (a refused device, a failed publish). */
  error: Problem | null;
  /** What the visitor may publish now; grows when an organiser lets them speak. */
  allowed: MediaSource[];
  publishing: Record<PublishKind, boolean>;
  /** A publish or unpublish is under way. */
  busy: boolean;
  video: StageVideo | null;
  publishers: StagePublisher[];
  /** Identities whose voice is playing here. */
  listening: string[];
  /** The browser refused to play sound until the visitor clicks. */
  audioBlocked: boolean;
}

export const NOT_PUBLISHING: Record<PublishKind, boolean> = { camera: false, microphone: false, screen_share: false };

const idle = {
  connection: 'idle' as const,
  error: null,
  allowed: [],
  publishing: NOT_PUBLISHING,
  busy: false,
  video: null,
  publishers: [],
  listening: [],
  audioBlocked: false,
};

/** The stage's voice and video, as client/net/media.ts finds them; views read, never write. */
export const useMedia = create<MediaState>(() => ({ ...idle }));

/** Back to nothing: no stage, no tracks, no error. */
export function resetMedia(): void {
  useMedia.setState({ ...idle });
}

/** True when the visitor sends any track to the stage. */
export function isPublishing(publishing: Record<PublishKind, boolean>): boolean {
  return publishing.camera || publishing.microphone || publishing.screen_share;
}
