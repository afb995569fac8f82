import { retryDelay } from './restartRejoin.ts';

/** A first join that keeps failing is given up after these waits; the visitor can try again. */
export const FIRST_JOIN_DELAYS_MS = [1000, 3000, 8000];

/**
 * The wait before try number `attempt` (from 0) after a LiveKit join failed, or null to give up.
 *
 * A line that worked and was lost is tried for as long as the visitor stays: the SFU restarting
 * after a crash takes seconds, a changed network longer, and nobody should have to click to get
 * the stage back. The waits grow as a restarted server's do (1 s up to 5 s), each somewhere in
 * its upper half, so a whole audience dropped at once does not come back in one burst.
 *
 * A first join that never worked fails after three tries: something other than a blip is likely
 * wrong, and the visitor is better told so than left waiting.
 */
export function rejoinDelay(attempt: number, lostLine: boolean, random: () => number = Math.random): number | null {
  if (!lostLine) return FIRST_JOIN_DELAYS_MS[attempt] ?? null;
  return Math.round(retryDelay(attempt) * (0.5 + random() / 2));
}
