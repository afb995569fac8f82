import { LIMITS } from '../../../shared/protocol.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { yawTowards } from '../../../shared/world/world.ts';
import type { Vec2 } from '../../../shared/world/geometry.ts';

export interface Pose {
  x: number;
  z: number;
  ry: number;
  anim: number;
}

/**
 * Moves `pose` by (dx, dz) metres, sliding along walls instead of stopping dead, with the
 * same wall rules the server applies. Returns true when the pose moved.
 */
export function stepWithWalls(world: ExpoWorld, pose: Pose, dx: number, dz: number): boolean {
  const from: Vec2 = { x: pose.x, z: pose.z };
  const candidates: Vec2[] = [
    { x: pose.x + dx, z: pose.z + dz },
    { x: pose.x + dx, z: pose.z },
    { x: pose.x, z: pose.z + dz },
  ];
  for (const to of candidates) {
    if ((to.x !== from.x || to.z !== from.z) && world.canStep(from, to)) {
      pose.x = to.x;
      pose.z = to.z;
      return true;
    }
  }
  return false;
}

/** Walking speed for the pace asked for. */
export function speedFor(run: boolean): number {
  return run ? LIMITS.runSpeed : LIMITS.walkSpeed;
}

/** Turns the avatar smoothly towards its walking direction. */
export function faceTowards(pose: Pose, dx: number, dz: number, dt: number): void {
  const target = yawTowards(Math.atan2(dz, dx));
  let d = target - pose.ry;
  while (d > Math.PI) d -= Math.PI * 2;
  while (d < -Math.PI) d += Math.PI * 2;
  pose.ry += d * Math.min(1, dt * 12);
}
