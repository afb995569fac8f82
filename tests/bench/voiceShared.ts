/** What the voice benchmark (tests/bench/voice.ts) and its bot processes (tests/bench/voiceBots.ts) say over IPC. */
import type { CountryId } from '../../shared/countries.ts';

export interface VoiceJoinOrder {
  cmd: 'join';
  serverUrl: string;
  pavilionId: CountryId;
  /** This process's bots are numbered first … first + count − 1 in the whole benchmark. */
  first: number;
  count: number;
  /** Bot i starts joining (i − first) × intervalMs after the order arrives. */
  intervalMs: number;
  /** Metres around the entrance the bots spread over: well within hearing distance of each other. */
  spread: number;
}

export type VoiceToBots = VoiceJoinOrder | { cmd: 'sample' } | { cmd: 'stop' };

/** One bot at one moment. */
export interface VoiceBotSample {
  /** Microphones within the bot's room, where the room state says they stand (all of them, in a cluster). */
  inRange: number;
  /** Voices the bot is subscribed to and receiving. */
  subscribed: number;
  /** Audio payload bytes received so far, all voices together. */
  bytes: number;
  /** When the bytes were read, in the bot process's own clock (ms). */
  at: number;
  connected: boolean;
}

export type VoiceFromBots =
  | { phase: 'ready' }
  | { phase: 'joined'; ok: number; errors: string[] }
  | { phase: 'sample'; bots: VoiceBotSample[] }
  | { phase: 'stopped' }
  | { phase: 'error'; message: string };
