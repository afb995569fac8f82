import type { Presence } from '@colyseus/core';
import type { CountryId } from '../../shared/countries.ts';

/** A hall number held by one living instance of a pavilion; `release` frees it when the instance closes. */
export interface HallNumber {
  readonly hall: number;
  release(): Promise<void>;
}

/**
 * Claims the smallest hall number no living instance of the pavilion holds, through the
 * Colyseus presence so that instances in other processes never get the same one. Each number
 * is a counter: whoever brings it from nothing to 1 holds it; later claimants only add to it
 * and move on, and the holder's release deletes it whole.
 */
export async function claimHallNumber(presence: Presence, pavilionId: CountryId): Promise<HallNumber> {
  const key = `tm:halls:${pavilionId}`;
  for (let hall = 1; ; hall++) {
    if ((await presence.hincrby(key, String(hall), 1)) !== 1) continue;
    return {
      hall,
      release: async () => {
        await presence.hdel(key, String(hall));
      },
    };
  }
}
