/**
 * Where benchmark bots walk (bots.ts, soakBots.ts): spots near where people gather in a room, each
 * reachable in a straight line of strides that every pass the server's own step check.
 */
import type { Vec2 } from '../../shared/world/geometry.ts';
import { isClearPath } from '../../shared/world/route.ts';
import { sameZone, type ExpoWorld, type Zone } from '../../shared/world/world.ts';

/** How far from a spot of interest a bot stands. */
const SPREAD = 3;
/** Points on a ring around the plaza's fountain, where people cross the square. */
const PLAZA_RING = { radius: 16, points: 8 };

/**
 * In a pavilion: its booths' counters, the middle of the hall and the door. On the plaza: the
 * spawn, the front of every pavilion and a ring around the fountain.
 */
export function spotsOfInterest(world: ExpoWorld, zone: Zone): Vec2[] {
  if (zone.kind === 'pavilion') {
    return [
      ...world.booths.filter((b) => b.pavilionId === zone.id).map((b) => b.front),
      world.pavilion(zone.id)!.center,
      world.entranceOf(zone.id),
    ];
  }
  const ring = Array.from({ length: PLAZA_RING.points }, (_, i) => {
    const angle = (i / PLAZA_RING.points) * Math.PI * 2;
    return { x: Math.cos(angle) * PLAZA_RING.radius, z: Math.sin(angle) * PLAZA_RING.radius };
  });
  return [world.spawn, ...world.placements.map((p) => world.frontOf(p.id)), ...ring];
}

/**
 * True when a bot can walk from `from` to `to` in strides of `stride` metres with every stride
 * passing the server's own step check: a path sampled every half metre can still clip a booth's
 * corner at one stride's end, and the server would refuse that move.
 */
export function strideByStride(world: ExpoWorld, from: Vec2, to: Vec2, stride: number): boolean {
  if (!isClearPath(world, from, to)) return false;
  // The very strides a bot makes: `stride` at a time towards `to`, the last one landing on it.
  for (let at = from; at !== to;) {
    const next = strideTowards(at, to, stride);
    if (!world.canStep(at, next)) return false;
    at = next;
  }
  return true;
}

/** One stride of at most `stride` metres from `at` towards `to`; `to` itself once it is that close. */
export function strideTowards(at: Vec2, to: Vec2, stride: number): Vec2 {
  const distance = Math.hypot(to.x - at.x, to.z - at.z);
  if (distance <= stride) return to;
  return { x: at.x + ((to.x - at.x) / distance) * stride, z: at.z + ((to.z - at.z) / distance) * stride };
}

/** A free spot of `zone` near one of `spots` that `from` can walk to in a straight line, if one turns up. */
export function nextSpot(world: ExpoWorld, zone: Zone, spots: Vec2[], from: Vec2, stride: number): Vec2 | undefined {
  for (let tries = 0; tries < 40; tries++) {
    const around = spots[Math.floor(Math.random() * spots.length)]!;
    const angle = Math.random() * Math.PI * 2;
    const radius = Math.sqrt(Math.random()) * SPREAD;
    const spot = { x: around.x + Math.cos(angle) * radius, z: around.z + Math.sin(angle) * radius };
    if (!world.fitsZone(zone, spot.x, spot.z) || world.isBlocked(spot.x, spot.z)) continue;
    // Not in a doorway's margin: the spot lies in the room's own zone.
    if (!sameZone(world.zoneOf(spot.x, spot.z), zone)) continue;
    if (strideByStride(world, from, spot, stride)) return spot;
  }
  return undefined;
}
