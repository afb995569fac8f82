import type { Pavilion } from '../../../shared/catalogue.ts';
import type { Segment, Vec2 } from '../../../shared/world/geometry.ts';
import { pavilionWalls, type PavilionPlacement } from '../../../shared/world/layout.ts';

/**
 * Buildings are modelled in a local frame centred on the pavilion with the door on +z, then
 * turned into place by `rotationY`; this is the exact inverse, so walls built from local
 * segments land on the server's collision segments.
 */
export interface LocalFootprint {
  rotationY: number;
  apothem: number;
  /** Polygon vertices in the local frame. */
  polygon: Vec2[];
  /** The collision walls in the local frame. */
  walls: Segment[];
  /** The parts of the polygon that the doorway cuts away: where the lintel goes. */
  doorway: Segment[];
  /** Length of one side of the polygon. */
  edge: number;
}

export function localFootprint(p: PavilionPlacement): LocalFootprint {
  const rotationY = Math.PI / 2 - p.facing;
  const cos = Math.cos(rotationY);
  const sin = Math.sin(rotationY);
  const toLocal = (x: number, z: number): Vec2 => {
    const dx = x - p.center.x;
    const dz = z - p.center.z;
    return { x: dx * cos - dz * sin, z: dx * sin + dz * cos };
  };
  const polygon = p.polygon.map((v) => toLocal(v.x, v.z));
  const walls = pavilionWalls(p).map((s) => {
    const a = toLocal(s.ax, s.az);
    const b = toLocal(s.bx, s.bz);
    return { ax: a.x, az: a.z, bx: b.x, bz: b.z };
  });
  const half = p.doorWidth / 2;
  const doorway: Segment[] = [];
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % polygon.length]!;
    if ((a.z + b.z) / 2 <= 0 || a.x === b.x) return;
    const t = (x: number) => Math.max(0, Math.min(1, (x - a.x) / (b.x - a.x)));
    const t1 = Math.min(t(-half), t(half));
    const t2 = Math.max(t(-half), t(half));
    if (t2 - t1 < 1e-6) return;
    const at = (u: number) => ({ x: a.x + (b.x - a.x) * u, z: a.z + (b.z - a.z) * u });
    const m1 = at(t1);
    const m2 = at(t2);
    doorway.push({ ax: m1.x, az: m1.z, bx: m2.x, bz: m2.z });
  });
  const a0 = polygon[0]!;
  const a1 = polygon[1]!;
  return {
    rotationY,
    apothem: p.radius * Math.cos(Math.PI / p.sides),
    polygon,
    walls,
    doorway,
    edge: Math.hypot(a1.x - a0.x, a1.z - a0.z),
  };
}

/** What every architectural style is drawn from: the pavilion's data and its footprint in local space. */
export interface StyleProps {
  pavilion: Pavilion;
  footprint: LocalFootprint;
  doorWidth: number;
}
