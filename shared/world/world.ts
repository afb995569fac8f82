import type { PavilionStyle } from '../catalogue.ts';
import type { CountryId } from '../countries.ts';
import { LIMITS } from '../protocol.ts';
import { crossingParameter, distanceToSegmentSq, pointInPolygon, type Segment, type Vec2 } from './geometry.ts';
import { boothWalls, placeBooths, BOOTH, type BoothPlacement } from './booths.ts';
import { expoWalls, PLAZA, placePavilions, type PavilionPlacement } from './layout.ts';
import { WallGrid } from './wallGrid.ts';

/** Which room a point belongs to: the open plaza or inside one pavilion. */
export type Zone = { kind: 'plaza' } | { kind: 'pavilion'; id: CountryId };

/**
 * How far past a doorway the room on the other side still accepts a visitor, so that the
 * hand-over between rooms has time to finish while the visitor keeps walking.
 */
export const HANDOVER_MARGIN = 4;
/** How far through a doorway a visitor walks before the hand-over starts. */
export const DOORWAY_HYSTERESIS = 1;

export function sameZone(a: Zone, b: Zone): boolean {
  return a.kind === b.kind && (a.kind === 'plaza' || a.id === (b as { id: CountryId }).id);
}

/** What the world is built from: the catalogue's pavilions and the order of their booths. */
export interface WorldSource {
  pavilions: readonly { id: CountryId; style: PavilionStyle; booths: readonly { id: string }[] }[];
}

/** The walkable world derived from the catalogue; the same on the server and in the browser. */
export class ExpoWorld {
  readonly placements: PavilionPlacement[];
  readonly booths: BoothPlacement[];
  readonly walls: Segment[];
  private readonly grid: WallGrid;
  private readonly byId: Map<CountryId, PavilionPlacement>;

  constructor(source: WorldSource) {
    this.placements = placePavilions(source);
    this.booths = source.pavilions.flatMap((p, i) =>
      placeBooths(
        this.placements[i]!,
        p.booths.map((b) => b.id),
      ),
    );
    this.walls = [...expoWalls(this.placements), ...this.booths.flatMap(boothWalls)];
    this.grid = new WallGrid(this.walls, LIMITS.avatarRadius);
    this.byId = new Map(this.placements.map((p) => [p.id, p]));
  }

  pavilion(id: CountryId): PavilionPlacement | undefined {
    return this.byId.get(id);
  }

  /** True when an avatar standing at (x, z) would overlap a wall or stand outside the fence. */
  isBlocked(x: number, z: number): boolean {
    const fromCentre = Math.hypot(x, z);
    // The fountain is solid and the fence closes the ground: nobody stands inside either.
    if (fromCentre > PLAZA.radius - LIMITS.avatarRadius || fromCentre < PLAZA.fountainRadius) return true;
    const r = LIMITS.avatarRadius;
    const rSq = r * r;
    return this.grid.some(x - r, z - r, x + r, z + r, (wall) => distanceToSegmentSq(x, z, wall) < rSq);
  }

  /** True when the straight step a→b crosses no wall and ends on free ground. */
  canStep(a: Vec2, b: Vec2): boolean {
    if (this.isBlocked(b.x, b.z)) return false;
    return !this.grid.some(
      Math.min(a.x, b.x),
      Math.min(a.z, b.z),
      Math.max(a.x, b.x),
      Math.max(a.z, b.z),
      (wall) => crossingParameter(a.x, a.z, b.x, b.z, wall) >= 0,
    );
  }

  /** Fraction (0..1) of the way from a to b that is clear of walls, for camera booms and rays. */
  clearFraction(a: Vec2, b: Vec2): number {
    let nearest = 1;
    this.grid.some(Math.min(a.x, b.x), Math.min(a.z, b.z), Math.max(a.x, b.x), Math.max(a.z, b.z), (wall) => {
      const t = crossingParameter(a.x, a.z, b.x, b.z, wall);
      if (t >= 0 && t < nearest) nearest = t;
      return false;
    });
    return nearest;
  }

  /** The booth whose counter (x, z) stands at, if any, within a pavilion. */
  boothAt(pavilionId: CountryId, x: number, z: number): BoothPlacement | undefined {
    let best: BoothPlacement | undefined;
    let bestDistance: number = BOOTH.reach;
    for (const b of this.booths) {
      if (b.pavilionId !== pavilionId) continue;
      const d = Math.hypot(x - b.front.x, z - b.front.z);
      if (d < bestDistance) {
        best = b;
        bestDistance = d;
      }
    }
    return best;
  }

  zoneOf(x: number, z: number): Zone {
    for (const p of this.placements) {
      if (pointInPolygon(x, z, p.polygon)) return { kind: 'pavilion', id: p.id };
    }
    return { kind: 'plaza' };
  }

  /** Whether a room of this zone may hold a visitor at (x, z), doorway margins included. */
  fitsZone(zone: Zone, x: number, z: number): boolean {
    const here = this.zoneOf(x, z);
    if (zone.kind === 'plaza') {
      if (here.kind === 'plaza') return true;
      const door = this.byId.get(here.id)!.door;
      return Math.hypot(x - door.x, z - door.z) <= HANDOVER_MARGIN;
    }
    if (here.kind === 'pavilion') return here.id === zone.id;
    const own = this.byId.get(zone.id);
    return own !== undefined && Math.hypot(x - own.door.x, z - own.door.z) <= HANDOVER_MARGIN;
  }

  /** True when (x, z) lies within the hand-over margin of a doorway: of `id`, or of any pavilion. */
  isNearDoor(x: number, z: number, id?: CountryId): boolean {
    const doors = id ? [this.byId.get(id)] : this.placements;
    return doors.some((p) => p !== undefined && Math.hypot(x - p.door.x, z - p.door.z) <= HANDOVER_MARGIN);
  }

  /**
   * The zone whose room the visitor should be in. A visitor lingering in a doorway stays where
   * they are, so that stepping back and forth on the threshold does not flap between rooms.
   */
  roomZoneFor(current: Zone, x: number, z: number): Zone {
    const here = this.zoneOf(x, z);
    if (sameZone(here, current)) return current;
    const pavilionId = here.kind === 'pavilion' ? here.id : current.kind === 'pavilion' ? current.id : undefined;
    const door = pavilionId ? this.byId.get(pavilionId)?.door : undefined;
    if (door && Math.hypot(x - door.x, z - door.z) < DOORWAY_HYSTERESIS) return current;
    return here;
  }

  /** A free spot just inside a pavilion's doorway, facing in. */
  entranceOf(id: CountryId): { x: number; z: number; ry: number } {
    const p = this.byId.get(id)!;
    const inward = p.facing + Math.PI;
    return { x: p.door.x + Math.cos(inward) * 2, z: p.door.z + Math.sin(inward) * 2, ry: yawTowards(inward) };
  }

  /** A free spot on the plaza just outside a pavilion's doorway, facing out. */
  frontOf(id: CountryId, distanceOut = 3): { x: number; z: number; ry: number } {
    const p = this.byId.get(id)!;
    return {
      x: p.door.x + Math.cos(p.facing) * distanceOut,
      z: p.door.z + Math.sin(p.facing) * distanceOut,
      ry: yawTowards(p.facing),
    };
  }

  get spawn(): { x: number; z: number; ry: number } {
    return { ...PLAZA.spawn, ry: yawTowards(Math.atan2(-PLAZA.spawn.z, -PLAZA.spawn.x)) };
  }
}

/**
 * Avatar yaw (three.js rotation about y, 0 = facing +z) for walking along a ground-plane angle
 * measured as atan2(z, x).
 */
export function yawTowards(groundAngle: number): number {
  return Math.PI / 2 - groundAngle;
}
