/**
 * What the soak (tests/bench/soak.ts) and its bot processes (tests/bench/soakBots.ts) share: the
 * messages over IPC, what the bots count, and which rooms they visit when.
 */
import { COUNTRY_IDS, type CountryId } from '../../shared/countries.ts';
import type { Zone } from '../../shared/world/world.ts';

/**
 * The bots visit only a few pavilions at a time, and the set moves on by one pavilion every
 * `rotationMs`: the pavilion left behind empties as its visitors finish, so its room is disposed,
 * and the next one's is created. One visit in `plazaShare` is to the plaza instead.
 */
export const ROTATION = { rotationMs: 60_000, openPavilions: 3, plazaShare: 0.25 } as const;

/** The pavilions open to visits `elapsedMs` into the run. */
export function openPavilions(elapsedMs: number): CountryId[] {
  const turn = Math.floor(elapsedMs / ROTATION.rotationMs);
  return Array.from({ length: ROTATION.openPavilions }, (_, i) => COUNTRY_IDS[(turn + i) % COUNTRY_IDS.length]!);
}

/** Where a visit starting `elapsedMs` into the run goes, given a random number in [0, 1). */
export function placeToVisit(elapsedMs: number, random: number): Zone {
  if (random < ROTATION.plazaShare) return { kind: 'plaza' };
  const open = openPavilions(elapsedMs);
  const pick = Math.floor(((random - ROTATION.plazaShare) / (1 - ROTATION.plazaShare)) * open.length);
  return { kind: 'pavilion', id: open[Math.min(pick, open.length - 1)]! };
}

/** What the bots of one process did, and every client error they met, by kind. */
export interface SoakTally {
  /** Visits done from signing in to leaving. */
  cycles: number;
  joins: { plaza: number; pavilion: number };
  moves: number;
  chats: number;
  errors: Record<string, number>;
}

export const emptyTally = (): SoakTally => ({
  cycles: 0,
  joins: { plaza: 0, pavilion: 0 },
  moves: 0,
  chats: 0,
  errors: {},
});

export function addTally(into: SoakTally, from: SoakTally): SoakTally {
  into.cycles += from.cycles;
  into.joins.plaza += from.joins.plaza;
  into.joins.pavilion += from.joins.pavilion;
  into.moves += from.moves;
  into.chats += from.chats;
  for (const [error, count] of Object.entries(from.errors)) into.errors[error] = (into.errors[error] ?? 0) + count;
  return into;
}

export interface SoakStartOrder {
  cmd: 'start';
  serverUrl: string;
  /** This process's bots are numbered first … first + count − 1 among all. */
  first: number;
  count: number;
  /** Epoch ms the run started at: every process turns the open pavilions on the same clock. */
  startedAt: number;
}

/** `finish`: end the visits under way, leave, and report the tally. */
export type SoakToBots = SoakStartOrder | { cmd: 'finish' } | { cmd: 'stop' };

export type SoakFromBots =
  | { phase: 'ready' }
  | { phase: 'finished'; tally: SoakTally }
  | { phase: 'stopped' }
  | { phase: 'error'; message: string };
