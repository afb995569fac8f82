import type { Segment, Vec2 } from './geometry.ts';
import type { PavilionPlacement } from './layout.ts';

export const BOOTH = {
  width: 3.2,
  depth: 1.1,
  /** Distance from the stand's front edge at which a visitor counts as standing at the booth. */
  reach: 2.6,
  /** The arc left free on either side of the door, radians. */
  doorClearance: (65 * Math.PI) / 180,
  /** How far in from the wall line the stands stand. */
  inset: 2.1,
} as const;

export interface BoothPlacement {
  id: string;
  pavilionId: string;
  /** Centre of the stand's footprint. */
  center: Vec2;
  /** Ground angle (atan2 z, x) the stand faces: towards the middle of the hall. */
  facing: number;
  /** Where a visitor stands to talk to the booth. */
  front: Vec2;
  corners: Vec2[];
}

/** The radius of the ring the stands' centres stand on, for a floor plan of this size. */
export function boothRing(footprint: { radius: number; sides: number }): number {
  return footprint.radius * Math.cos(Math.PI / footprint.sides) - BOOTH.inset;
}

/** The angle the stands are spread over: the whole ring but the arc left free around the door. */
export const BOOTH_SPAN = Math.PI * 2 - BOOTH.doorClearance * 2;

/** Stands in a ring along the inside wall, door side left open, in catalogue order. */
export function placeBooths(p: PavilionPlacement, boothIds: readonly string[]): BoothPlacement[] {
  const ring = boothRing(p);
  const start = p.facing + BOOTH.doorClearance;
  const span = BOOTH_SPAN;
  return boothIds.map((id, i) => {
    const angle = start + (boothIds.length === 1 ? span / 2 : (span * i) / (boothIds.length - 1));
    const center = { x: p.center.x + Math.cos(angle) * ring, z: p.center.z + Math.sin(angle) * ring };
    const facing = angle + Math.PI;
    const fx = Math.cos(facing);
    const fz = Math.sin(facing);
    const hw = BOOTH.width / 2;
    const hd = BOOTH.depth / 2;
    const corner = (along: number, out: number) => ({
      x: center.x - fz * along + fx * out,
      z: center.z + fx * along + fz * out,
    });
    return {
      id,
      pavilionId: p.id,
      center,
      facing,
      front: { x: center.x + fx * (hd + 1.2), z: center.z + fz * (hd + 1.2) },
      corners: [corner(-hw, -hd), corner(hw, -hd), corner(hw, hd), corner(-hw, hd)],
    };
  });
}

/** A stand is solid: its four sides are walls. */
export function boothWalls(b: BoothPlacement): Segment[] {
  return b.corners.map((a, i) => {
    const c = b.corners[(i + 1) % b.corners.length]!;
    return { ax: a.x, az: a.z, bx: c.x, bz: c.z };
  });
}
