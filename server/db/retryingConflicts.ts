/**
 * SQLSTATEs after which PostgreSQL has rolled the whole transaction back and running it again
 * is safe: deadlock_detected and serialization_failure. Concurrent inserts that trip the same
 * exclusion constraint can each wait on the other's uncommitted row, and PostgreSQL then
 * aborts one of them; run again, it sees the winner committed and is refused cleanly.
 */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 6;
const BASE_DELAY_MS = 10;

export function isRetryable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && RETRYABLE.has(code);
}

/**
 * Runs `work` (a whole transaction or a single statement) and runs it again, after a short
 * random pause that grows each time, while the database aborted it for a deadlock or a
 * serialization failure. Any other error, or the last retryable one, is thrown as it was.
 */
export async function retryingConflicts<T>(work: () => Promise<T>, attempts = ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error)) throw error;
      const ceiling = BASE_DELAY_MS * 2 ** attempt;
      await new Promise((resolve) => setTimeout(resolve, ceiling / 2 + Math.random() * (ceiling / 2)));
    }
  }
}
