import { LIMITS } from '../protocol.ts';
import type { Vec2 } from './geometry.ts';
import type { ExpoWorld, Zone } from './world.ts';

export type MoveVerdict = 'ok' | 'too_fast' | 'blocked' | 'outside_room';

/** The longest step the server accepts after `elapsedMs` since the last accepted one. */
export function maxStep(elapsedMs: number): number {
  const minInterval = 1000 / LIMITS.moveRateHz;
  const seconds = Math.min(Math.max(elapsedMs, minInterval), 1000) / 1000;
  return LIMITS.runSpeed * LIMITS.speedTolerance * seconds + 0.05;
}

/** Decides whether a visitor in a room of `zone` may go from `from` to `to`. */
export function judgeMove(world: ExpoWorld, zone: Zone, from: Vec2, to: Vec2, elapsedMs: number): MoveVerdict {
  if (Math.hypot(to.x - from.x, to.z - from.z) > maxStep(elapsedMs)) return 'too_fast';
  if (!world.fitsZone(zone, to.x, to.z)) return 'outside_room';
  if (!world.canStep(from, to)) return 'blocked';
  return 'ok';
}
