import { useVoice } from '../state/voice.ts';
import { voicePublishers, voiceReceived } from './voice.ts';

declare global {
  interface Window {
    /** Read-only view of proximity voice, for diagnostics and end-to-end tests. */
    __voice?: {
      /** User ids this page is subscribed to, nearest first. */
      heard(): string[];
      /** User ids LiveKit says are speaking now, this page's own included. */
      speaking(): string[];
      /** User ids publishing a microphone in this room, heard or not. */
      publishers(): string[];
      /** Bytes received so far from each subscribed voice, by user id. */
      received(): Promise<Record<string, number>>;
    };
  }
}

/** Exposes whom this page hears and what arrives from them, without a debugger. */
export function exposeVoiceDiagnostics(): void {
  window.__voice = {
    heard: () => [...useVoice.getState().heard],
    speaking: () => [...useVoice.getState().speaking],
    publishers: voicePublishers,
    received: voiceReceived,
  };
}
