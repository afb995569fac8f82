/** Plain 2D geometry on the ground plane (x, z); no allocation in the hot paths. */
export interface Vec2 {
  x: number;
  z: number;
}

export interface Segment {
  ax: number;
  az: number;
  bx: number;
  bz: number;
}

export function distance(a: Vec2, b: Vec2): number {
  return Math.hypot(a.x - b.x, a.z - b.z);
}

/** Squared distance from point (px, pz) to a segment. */
export function distanceToSegmentSq(px: number, pz: number, s: Segment): number {
  const dx = s.bx - s.ax;
  const dz = s.bz - s.az;
  const lengthSq = dx * dx + dz * dz;
  let t = lengthSq === 0 ? 0 : ((px - s.ax) * dx + (pz - s.az) * dz) / lengthSq;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const cx = s.ax + t * dx - px;
  const cz = s.az + t * dz - pz;
  return cx * cx + cz * cz;
}

function cross(ax: number, az: number, bx: number, bz: number): number {
  return ax * bz - az * bx;
}

/**
 * Where along a→b (0..1) the path first crosses segment s, or -1 when it does not.
 * Touching counts as crossing so that nothing slips through a wall's end point.
 */
export function crossingParameter(ax: number, az: number, bx: number, bz: number, s: Segment): number {
  const rx = bx - ax;
  const rz = bz - az;
  const sx = s.bx - s.ax;
  const sz = s.bz - s.az;
  const denominator = cross(rx, rz, sx, sz);
  if (denominator === 0) return -1;
  const qx = s.ax - ax;
  const qz = s.az - az;
  const t = cross(qx, qz, sx, sz) / denominator;
  const u = cross(qx, qz, rx, rz) / denominator;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1 ? t : -1;
}

export function pointInPolygon(px: number, pz: number, polygon: readonly Vec2[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    if (a.z > pz !== b.z > pz && px < ((b.x - a.x) * (pz - a.z)) / (b.z - a.z) + a.x) inside = !inside;
  }
  return inside;
}

/** The vertices of a regular polygon around a centre, the first edge's midpoint facing `facing`. */
export function regularPolygon(center: Vec2, radius: number, sides: number, facing: number): Vec2[] {
  const step = (Math.PI * 2) / sides;
  const vertices: Vec2[] = [];
  for (let k = 0; k < sides; k++) {
    const angle = facing - step / 2 + k * step;
    vertices.push({ x: center.x + Math.cos(angle) * radius, z: center.z + Math.sin(angle) * radius });
  }
  return vertices;
}
