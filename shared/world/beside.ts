import { LIMITS } from '../protocol.ts';
import type { Vec2 } from './geometry.ts';
import { sameZone, yawTowards, type ExpoWorld, type Zone } from './world.ts';

/** Rings tried around the person, nearest first, and how many spots on each. */
const RINGS = [1.2, 1.8, 2.6] as const;
const SPOTS_PER_RING = 12;
/** Two avatars closer than this would stand inside each other. */
const PERSONAL_SPACE = LIMITS.avatarRadius * 2 + 0.1;

/**
 * A free spot beside someone standing at `target`, in the room of `zone`: off walls and counters,
 * reachable from them in a straight line (not behind a wall), clear of the people in `others`,
 * nearest first and on the side `from` comes from when it is given. Faces the person. Undefined
 * when there is no room around them.
 */
export function spotBeside(
  world: ExpoWorld,
  zone: Zone,
  target: Vec2,
  others: readonly Vec2[] = [],
  from?: Vec2,
): { x: number; z: number; ry: number } | undefined {
  const start = from ? Math.atan2(from.z - target.z, from.x - target.x) : 0;
  for (const radius of RINGS) {
    for (let i = 0; i < SPOTS_PER_RING; i++) {
      // Alternate either side of the preferred direction: 0, +1, -1, +2, ...
      const step = Math.ceil(i / 2) * (i % 2 === 0 ? -1 : 1);
      const angle = start + (step * Math.PI * 2) / SPOTS_PER_RING;
      const spot = { x: target.x + Math.cos(angle) * radius, z: target.z + Math.sin(angle) * radius };
      if (!sameZone(world.zoneOf(spot.x, spot.z), zone)) continue;
      if (world.isBlocked(spot.x, spot.z) || !world.canStep(target, spot)) continue;
      if (others.some((o) => Math.hypot(o.x - spot.x, o.z - spot.z) < PERSONAL_SPACE)) continue;
      return { ...spot, ry: yawTowards(Math.atan2(target.z - spot.z, target.x - spot.x)) };
    }
  }
  return undefined;
}
