import type { TFunction } from 'i18next';
import { refusalText } from '../../i18n/refusalText.ts';
import { ApiFailure } from '../../net/api.ts';

/**
 * A failed call in words: its code's translated explanation, and for a refusal (bad request,
 * conflict) the reason the server gave as a code, translated too; never the server's English.
 * `refusedKey` lets a caller frame a refused request its own way.
 */
export function failureMessage(t: TFunction, error: unknown, refusedKey = 'errors.bad_request'): string {
  const failure = error instanceof ApiFailure ? error : new ApiFailure('internal', String(error));
  const message = refusalText(t, failure.refusal);
  if (failure.code === 'bad_request') return t(refusedKey, { message });
  // A clash the server named ("Astana hall is already booked: …") says it all by itself.
  if (failure.code === 'conflict' && failure.refusal) return message;
  return t(`errors.${failure.code}`, { message });
}

/** Refusals that retrying cannot fix: the session has ended or does not have the right. */
export function isPermanent(error: unknown): boolean {
  return error instanceof ApiFailure && (error.code === 'unauthorized' || error.code === 'forbidden');
}
