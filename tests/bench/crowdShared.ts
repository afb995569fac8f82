/** What the crowd benchmark (tests/bench/crowd.ts) and its bot processes (tests/bench/bots.ts) say over IPC. */
import type { CountryId } from '../../shared/countries.ts';

export interface CrowdJoinOrder {
  cmd: 'join';
  serverUrl: string;
  pavilionId: CountryId;
  /** This process's bots are numbered first … first + count − 1 in the whole crowd. */
  first: number;
  count: number;
  /** Moves a walking bot sends per second. */
  rate: number;
}

/** `mark` starts the measuring window; `sample` ends it. */
export type CrowdToBots = CrowdJoinOrder | { cmd: 'mark' } | { cmd: 'sample' } | { cmd: 'stop' };

export type CrowdFromBots =
  | { phase: 'ready' }
  | { phase: 'joined'; ok: number; errors: string[] }
  | { phase: 'marked' }
  /** Per bot, the bytes its WebSocket received per second since `mark`; and what it saw of the others. */
  | { phase: 'sample'; bytesPerSecond: number[]; inView: number[]; walking: number; corrections: number }
  | { phase: 'stopped' }
  | { phase: 'error'; message: string };
