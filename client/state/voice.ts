import type { Problem } from '../i18n/failureText.ts';
import { create } from 'zustand';
import type { MediaConnection } from './media.ts';

/**
 * How the visitor's microphone reaches the people nearby: `off` (the default), `open` (always
 * on while enabled) or `push` (on only while the push-to-talk key is held).
 */
export type MicMode = 'off' | 'open' | 'push';

interface VoiceState {
  connection: MediaConnection;
  /** A translation key for the last thing that went wrong (a refused microphone, a failed join). */
  error: Problem | null;
  /** Whether the token lets the visitor speak (an organiser's mute takes it away). */
  mayTalk: boolean;
  mode: MicMode;
  /** The microphone is sending right now (open, or the push-to-talk key is held). */
  live: boolean;
  busy: boolean;
  /** User ids of the voices this client is subscribed to, nearest first. */
  heard: string[];
  /** User ids speaking right now, the visitor's own included. */
  speaking: string[];
  /** The browser refused to play sound until the visitor clicks. */
  audioBlocked: boolean;
}

const idle = {
  connection: 'idle' as const,
  error: null,
  mayTalk: false,
  live: false,
  busy: false,
  heard: [],
  speaking: [],
  audioBlocked: false,
};

/** Proximity voice, as client/net/voice.ts finds it; views read, never write. */
export const useVoice = create<VoiceState>(() => ({ ...idle, mode: 'off' }));

/** Out of the room's voice; the chosen microphone mode stays for the next room. */
export function resetVoice(): void {
  useVoice.setState({ ...idle });
}
