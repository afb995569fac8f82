import type { ErrorCode } from '../../shared/errors.ts';
import type { Refusal } from '../../shared/refusals.ts';

/** A refused or failed HTTP call, with the server's code (and reason, if it gave one) so the UI can translate it. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly refusal?: Refusal,
  ) {
    super(message);
  }
}

/** Refusals that retrying cannot fix: the session has ended or does not have the right. */
export function isPermanent(error: unknown): boolean {
  return error instanceof ApiFailure && (error.code === 'unauthorized' || error.code === 'forbidden');
}
