import type { PavilionStyle } from '../catalogue.ts';
import { distanceToSegmentSq } from './geometry.ts';
import { boothWalls, placeBooths, type BoothPlacement } from './booths.ts';
import { FOOTPRINTS, type PavilionPlacement } from './layout.ts';

/** The least space left between two neighbouring stands, where they come closest (at their fronts). */
export const BOOTH_GAP = 0.6;

/** No floor plan holds more than this; it bounds the search below. */
const MOST = 40;

/** The narrowest space between two neighbouring stands of a ring. */
export function leastGap(stands: readonly BoothPlacement[]): number {
  let least = Infinity;
  for (let i = 1; i < stands.length; i++) {
    const pair = [stands[i - 1]!, stands[i]!] as const;
    for (const [a, b] of [pair, [pair[1], pair[0]] as const]) {
      for (const corner of a.corners) {
        for (const wall of boothWalls(b)) least = Math.min(least, distanceToSegmentSq(corner.x, corner.z, wall));
      }
    }
  }
  return Math.sqrt(least);
}

/**
 * How many stands fit on a pavilion's ring: placeBooths spreads n stands evenly along it, and
 * the largest n whose neighbours still stand BOOTH_GAP apart is the capacity.
 */
export function boothCapacity(footprint: { radius: number; sides: number }): number {
  const plan = { id: 'kz', center: { x: 0, z: 0 }, facing: 0, ...footprint } as PavilionPlacement;
  let n = 1;
  while (n < MOST) {
    const stands = placeBooths(
      plan,
      Array.from({ length: n + 1 }, (_, i) => String(i)),
    );
    if (leastGap(stands) < BOOTH_GAP) break;
    n++;
  }
  return n;
}

const byStyle = new Map<PavilionStyle, number>();

/** The capacity of a pavilion built in `style`. */
export function pavilionCapacity(style: PavilionStyle): number {
  let capacity = byStyle.get(style);
  if (capacity === undefined) byStyle.set(style, (capacity = boothCapacity(FOOTPRINTS[style])));
  return capacity;
}
