import type { PavilionStyle } from '../../../shared/catalogue.ts';
import type { Vec2 } from '../../../shared/world/geometry.ts';
import { WALL_THICKNESS } from '../architecture/Walls.tsx';
import { WALL_HEIGHT } from '../architecture/wallTextures.ts';

/** Where a pavilion's stage screen hangs, in the building's local frame (door on +z, back wall on -z). */
export interface StageScreenPlacement {
  /** Local z of the screen's face, just in front of the back wall. */
  z: number;
  /** Height of the screen's middle. */
  y: number;
  width: number;
  height: number;
}

const ASPECT = 16 / 9;
/** The widest screen: it still shows between the two stands nearest the back wall. */
const MAX_WIDTH = 4.8;
/** Eye level for someone across the hall; the stands' backdrops are lower than its top. */
const BOTTOM = 1.75;
/** Space kept from the wall's inner face for the frame. */
const CLEARANCE = 0.22;
/** Space kept below the top of the wall (roofs start there). */
const HEADROOM = 0.35;

/** The z where the vertical line at x meets the polygon's back half (the most negative crossing). */
function backAt(polygon: readonly Vec2[], x: number): number {
  let back = 0;
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % polygon.length]!;
    if ((a.x - x) * (b.x - x) > 0 || a.x === b.x) return;
    const z = a.z + ((x - a.x) / (b.x - a.x)) * (b.z - a.z);
    if (z < back) back = z;
  });
  return back;
}

/**
 * The screen on the back wall, opposite the door, so it is the first thing seen on entering.
 * `standsBehind` when a stand stands right in front of the back wall's middle: the screen then
 * hangs above its backdrop (smaller, to stay under the roof).
 */
export function placeStageScreen(
  style: PavilionStyle,
  polygon: readonly Vec2[],
  standsBehind: { height: number } | null,
): StageScreenPlacement {
  const bottom = standsBehind ? standsBehind.height + 0.15 : BOTTOM;
  const height = Math.min(MAX_WIDTH / ASPECT, WALL_HEIGHT[style] - HEADROOM - bottom);
  const width = height * ASPECT;
  const half = width / 2 + 0.1;
  // A flat screen across a bent wall stands clear of it where the wall comes closest: at its ends.
  const wall = Math.max(backAt(polygon, -half), backAt(polygon, half), backAt(polygon, 0));
  return { z: wall + WALL_THICKNESS / 2 + CLEARANCE, y: bottom + height / 2, width, height };
}

/** A point of the ground (world x, z) in a building's local frame, as footprint.ts turns walls. */
export function toLocal(center: Vec2, rotationY: number, x: number, z: number): Vec2 {
  const cos = Math.cos(rotationY);
  const sin = Math.sin(rotationY);
  const dx = x - center.x;
  const dz = z - center.z;
  return { x: dx * cos - dz * sin, z: dx * sin + dz * cos };
}
