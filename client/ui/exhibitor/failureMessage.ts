import type { TFunction } from 'i18next';
import { ApiFailure } from '../../net/api.ts';

/**
 * A failed call in words. The server's own sentence is kept for refusals (it names what was wrong);
 * other codes get their translated explanation. `refusedKey` lets a caller frame a refusal its own way.
 */
export function failureMessage(t: TFunction, error: unknown, refusedKey = 'errors.bad_request'): string {
  const failure = error instanceof ApiFailure ? error : new ApiFailure('internal', String(error));
  if (failure.code === 'bad_request') return t(refusedKey, { message: failure.message });
  return t(`errors.${failure.code}`, { message: failure.message });
}

/** Refusals that retrying cannot fix: the session has ended or does not have the right. */
export function isPermanent(error: unknown): boolean {
  return error instanceof ApiFailure && (error.code === 'unauthorized' || error.code === 'forbidden');
}
