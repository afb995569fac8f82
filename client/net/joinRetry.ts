import { ErrorCode } from 'colyseus.js';
import { sleep } from './sleep.ts';

/** Tries after Colyseus's own five attempts at a seat, when a rush of arrivals filled every instance meanwhile. */
export const FULL_RETRIES = 2;
const FULL_RETRY_MS = 800;

/**
 * A join that failed only because of the crowd: every instance filled up between finding one
 * and reserving a seat in it (Colyseus gives up with 4213 "… is already full"), or the
 * reserved seat lapsed before the connection to the room opened. Trying again finds a place.
 */
export function isCrowdedJoin(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const text = typeof message === 'string' ? message : '';
  return (
    (code === ErrorCode.MATCHMAKE_UNHANDLED && text.includes('already full')) ||
    text.includes('seat reservation expired')
  );
}

/** Runs `join`, and again (a little later each time, spread out) while it fails only because of the crowd. */
export async function joinThroughCrowd<T>(join: () => Promise<T>, retries = FULL_RETRIES): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await join();
    } catch (error) {
      if (attempt >= retries || !isCrowdedJoin(error)) throw error;
      await sleep(FULL_RETRY_MS * (attempt + 1) * (0.5 + Math.random()));
    }
  }
}
