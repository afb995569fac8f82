import { ApiError, type ErrorCode } from '../../shared/errors.ts';
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

/** Any caught error as an ApiFailure: one the API threw stays as it is; anything else is an internal failure. */
export function asApiFailure(error: unknown): ApiFailure {
  return error instanceof ApiFailure ? error : new ApiFailure('internal', String(error));
}

/** Refusals that retrying cannot fix: the session has ended or does not have the right. */
export function isPermanent(error: unknown): boolean {
  return error instanceof ApiFailure && (error.code === 'unauthorized' || error.code === 'forbidden');
}

/** The failure a refused call's answer names (its code, message and refusal), or a plain one if it names none. */
export function failureFromBody(status: number, body: unknown): ApiFailure {
  const error = ApiError.safeParse(body);
  return error.success
    ? new ApiFailure(error.data.error.code, error.data.error.message, error.data.error.refusal)
    : new ApiFailure('internal', `HTTP ${status}`);
}

/** Reads a refused call's answer into the failure to throw. */
export async function failureOf(response: Response): Promise<ApiFailure> {
  return failureFromBody(response.status, await response.json().catch(() => undefined));
}
