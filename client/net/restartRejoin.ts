import type { Room } from 'colyseus.js';
import { JOIN_ERRORS, MESSAGES } from '../../shared/protocol.ts';
import { ServerRestarting } from '../../shared/resume.ts';
import { sleep } from './sleep.ts';

/** How long a restarting server is waited for before the visitor is told it did not come back. */
export const RESTART_WAIT_MS = 180_000;
/** The first try comes soon (a restart takes seconds); later ones further apart, never more than this. */
export const FIRST_RETRY_MS = 1000;
export const LONGEST_RETRY_MS = 5000;

/** Refusals that mean the session is over (or the page is out of date): waiting longer cannot help. */
const FINAL_REFUSALS = new Set<unknown>([
  JOIN_ERRORS.unauthorized,
  JOIN_ERRORS.forbidden,
  JOIN_ERRORS.protocol_mismatch,
]);

export function isFinalRefusal(error: unknown): boolean {
  return FINAL_REFUSALS.has((error as { code?: unknown } | null)?.code);
}

/** The wait before try number `attempt` (from 0): 1 s, growing by half each time, up to 5 s. */
export function retryDelay(attempt: number): number {
  return Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 1.5 ** attempt);
}

/**
 * Keeps the resume ticket `room` hands out before a restart closes it; the getter reads it after
 * the close. A malformed message is ignored: the visitor then comes back at the usual arrival.
 */
export function keepResumeTicket(room: Room): () => string | undefined {
  let ticket: string | undefined;
  room.onMessage(MESSAGES.serverRestarting, (raw: unknown) => {
    const parsed = ServerRestarting.safeParse(raw);
    if (parsed.success) ticket = parsed.data.ticket;
  });
  return () => ticket;
}

export type RejoinOutcome<R> =
  { kind: 'joined'; room: R } | { kind: 'refused'; error: unknown } | { kind: 'timedOut' } | { kind: 'abandoned' };

/**
 * Joins again after a restart, waiting a little longer between tries, until the restarted server
 * takes the visitor back, refuses them for good, `waitMs` is over, or they are no longer `wanted`
 * (left the page meanwhile). Failures in between are the server still being down or starting.
 */
export async function rejoinAfterRestart<R>(
  join: () => Promise<R>,
  wanted: () => boolean,
  waitMs = RESTART_WAIT_MS,
): Promise<RejoinOutcome<R>> {
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    await sleep(retryDelay(attempt));
    if (!wanted()) return { kind: 'abandoned' };
    try {
      return { kind: 'joined', room: await join() };
    } catch (error) {
      if (isFinalRefusal(error)) return { kind: 'refused', error };
    }
    if (Date.now() >= deadline) return { kind: 'timedOut' };
  }
}
