import type { Refusal } from '../../shared/refusals.ts';
import { SetupConflict } from '../db/boothSetupStore.ts';
import { HttpError } from './errors.ts';

/** A refused set-up change becomes a 409 whose refusal code and figures the console translates. */
export async function refusingConflicts<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof SetupConflict)) throw error;
    const refusal: Refusal = { code: error.code, params: error.params };
    throw new HttpError(409, 'conflict', error.message, refusal);
  }
}
