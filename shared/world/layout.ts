import type { CountryId } from '../countries.ts';
import type { PavilionStyle } from '../catalogue.ts';
import { regularPolygon, type Segment, type Vec2 } from './geometry.ts';

/** Floor plan of each architectural family: a regular polygon of this size. */
export const FOOTPRINTS: Record<PavilionStyle, { sides: number; radius: number }> = {
  yurt: { sides: 24, radius: 11 },
  organic: { sides: 16, radius: 11.5 },
  kumbet: { sides: 8, radius: 12 },
  iwan: { sides: 4, radius: 13.5 },
};

export const PLAZA = {
  /** Pavilion centres stand on this ring, doors facing the middle. */
  ringRadius: 50,
  /** The fence around the whole expo ground. */
  radius: 82,
  fountainRadius: 4,
  doorWidth: 4.2,
  spawn: { x: 0, z: 16 } as Vec2,
} as const;

export interface PavilionPlacement {
  id: CountryId;
  style: PavilionStyle;
  center: Vec2;
  /** Angle (atan2 of z, x) from the pavilion's centre towards its door and the plaza's middle. */
  facing: number;
  radius: number;
  sides: number;
  polygon: Vec2[];
  /** Middle of the doorway, on the wall line. */
  door: Vec2;
  doorWidth: number;
}

function place(id: CountryId, style: PavilionStyle, index: number, count: number): PavilionPlacement {
  const angle = -Math.PI / 2 + (index * Math.PI * 2) / count;
  const center = { x: Math.cos(angle) * PLAZA.ringRadius, z: Math.sin(angle) * PLAZA.ringRadius };
  const facing = angle + Math.PI;
  const { sides, radius } = FOOTPRINTS[style];
  const apothem = radius * Math.cos(Math.PI / sides);
  return {
    id,
    style,
    center,
    facing,
    radius,
    sides,
    polygon: regularPolygon(center, radius, sides, facing),
    door: { x: center.x + Math.cos(facing) * apothem, z: center.z + Math.sin(facing) * apothem },
    doorWidth: PLAZA.doorWidth,
  };
}

/** Pavilions on a ring in catalogue order, the first at the north. */
export function placePavilions(catalogue: {
  pavilions: readonly { id: CountryId; style: PavilionStyle }[];
}): PavilionPlacement[] {
  return catalogue.pavilions.map((p, i, all) => place(p.id, p.style, i, all.length));
}

/** The polygon's edges, with the doorway cut out of the edges that face the plaza. */
export function pavilionWalls(p: PavilionPlacement): Segment[] {
  const fx = Math.cos(p.facing);
  const fz = Math.sin(p.facing);
  const half = p.doorWidth / 2;
  const lateral = (v: Vec2) => (v.x - p.center.x) * -fz + (v.z - p.center.z) * fx;
  const forward = (v: Vec2) => (v.x - p.center.x) * fx + (v.z - p.center.z) * fz;
  const walls: Segment[] = [];
  for (let i = 0; i < p.polygon.length; i++) {
    const a = p.polygon[i]!;
    const b = p.polygon[(i + 1) % p.polygon.length]!;
    const la = lateral(a);
    const lb = lateral(b);
    const facesDoor = forward({ x: (a.x + b.x) / 2, z: (a.z + b.z) / 2 }) > 0;
    if (!facesDoor || la === lb) {
      walls.push({ ax: a.x, az: a.z, bx: b.x, bz: b.z });
      continue;
    }
    const tAt = (value: number) => (value - la) / (lb - la);
    const t1 = Math.max(0, Math.min(1, Math.min(tAt(-half), tAt(half))));
    const t2 = Math.max(0, Math.min(1, Math.max(tAt(-half), tAt(half))));
    const at = (t: number) => ({ x: a.x + (b.x - a.x) * t, z: a.z + (b.z - a.z) * t });
    if (t1 > 1e-6) {
      const m = at(t1);
      walls.push({ ax: a.x, az: a.z, bx: m.x, bz: m.z });
    }
    if (t2 < 1 - 1e-6) {
      const m = at(t2);
      walls.push({ ax: m.x, az: m.z, bx: b.x, bz: b.z });
    }
  }
  return walls;
}

function closedPolygonWalls(vertices: Vec2[]): Segment[] {
  return vertices.map((a, i) => {
    const b = vertices[(i + 1) % vertices.length]!;
    return { ax: a.x, az: a.z, bx: b.x, bz: b.z };
  });
}

/** Every wall of the expo ground: pavilions, the central fountain and the outer fence. */
export function expoWalls(placements: readonly PavilionPlacement[]): Segment[] {
  const origin = { x: 0, z: 0 };
  return [
    ...placements.flatMap(pavilionWalls),
    ...closedPolygonWalls(regularPolygon(origin, PLAZA.fountainRadius, 12, 0)),
    ...closedPolygonWalls(regularPolygon(origin, PLAZA.radius, 64, 0)),
  ];
}
