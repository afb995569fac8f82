import { matchMaker, type Presence } from '@colyseus/core';
import type { CountryId } from '../../shared/countries.ts';

/** A hall number held by one living instance of a pavilion; `release` frees it when the instance closes. */
export interface HallNumber {
  readonly hall: number;
  release(): Promise<void>;
}

/** Holders of hall numbers in this process: a room still in onCreate is not listed yet but is alive. */
const heldHere = new Set<string>();

const ownerOf = (roomId: string) => `${matchMaker.processId}/${roomId}`;

/**
 * Whether the instance holding a number can still release it. A number outlives its room only
 * when the room's process died (a crash or SIGKILL skips onDispose), and Redis keeps it across
 * restarts: a dead process has no subscription to its own IPC channel any more.
 */
async function holderAlive(presence: Presence, owner: string): Promise<boolean> {
  const [processId] = owner.split('/');
  if (processId === matchMaker.processId) return heldHere.has(owner);
  return (await presence.channels(`p:${processId}`)).length > 0;
}

/**
 * Claims the smallest hall number no living instance of the pavilion holds, through the
 * Colyseus presence so that instances in other processes never get the same one. Each number
 * is a counter: whoever brings it from nothing to 1 holds it and writes its name (process and
 * room) beside it. A number whose holder died is taken over by the one claimant that wins the
 * right to reclaim it from that very holder; the others move on.
 */
export async function claimHallNumber(presence: Presence, pavilionId: CountryId, roomId: string): Promise<HallNumber> {
  const key = `tm:halls:${pavilionId}`;
  const owners = `${key}:owners`;
  const owner = ownerOf(roomId);
  heldHere.add(owner);
  try {
    for (let hall = 1; ; hall++) {
      const field = String(hall);
      if ((await presence.hincrby(key, field, 1)) !== 1) {
        const holder = await presence.hget(owners, field);
        // No name yet: its holder is between the two writes, alive.
        if (holder === null || (await holderAlive(presence, holder))) continue;
        if ((await presence.hincrby(`${key}:reclaimed`, `${field}:${holder}`, 1)) !== 1) continue;
      }
      await presence.hset(owners, field, owner);
      return {
        hall,
        release: async () => {
          heldHere.delete(owner);
          if ((await presence.hget(owners, field)) !== owner) return;
          // The name first: a claimant finding the count without a name leaves it alone.
          await presence.hdel(owners, field);
          await presence.hdel(key, field);
        },
      };
    }
  } catch (error) {
    heldHere.delete(owner);
    throw error;
  }
}
