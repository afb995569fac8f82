import { BufferGeometry, Float32BufferAttribute } from 'three';
import type { Segment, Vec2 } from '../../../shared/world/geometry.ts';

export interface WallOptions {
  /** Polygon the segments lie on, for mitred corners and for u running along each side. */
  polygon: Vec2[];
  thickness: number;
  bottom: number;
  top: number;
  /** The wall texture spans v = 0..1 over this height, whatever part of it a segment covers. */
  textureHeight: number;
  /** Metres of wall per repeat of the texture along u. */
  tileLength: number;
}

const EPS = 1e-3;

function edgeOf(polygon: Vec2[], s: Segment): { start: Vec2; corner: boolean[] } | undefined {
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const dx = b.x - a.x;
    const dz = b.z - a.z;
    const len = Math.hypot(dx, dz);
    const off = (x: number, z: number) => Math.abs((x - a.x) * dz - (z - a.z) * dx) / len;
    if (off(s.ax, s.az) < EPS && off(s.bx, s.bz) < EPS) {
      const near = (x: number, z: number, v: Vec2) => Math.hypot(x - v.x, z - v.z) < EPS;
      return {
        start: a,
        corner: [near(s.ax, s.az, a) || near(s.ax, s.az, b), near(s.bx, s.bz, a) || near(s.bx, s.bz, b)],
      };
    }
  }
  return undefined;
}

/**
 * Thick walls along segments of a polygon centred on the origin, as one geometry: outer and
 * inner faces with u in metres along the side (so ornament lines up across cut doorways),
 * mitred at the polygon's corners and capped at the doorway's jambs.
 */
export function wallGeometry(segments: Segment[], o: WallOptions): BufferGeometry {
  const positions: number[] = [];
  const normals: number[] = [];
  const uvs: number[] = [];
  const half = o.thickness / 2;
  const mitre = half * Math.tan(Math.PI / o.polygon.length);
  const vAt = (y: number) => y / o.textureHeight;
  const quad = (p: number[][], n: number[], uv: number[][]) => {
    const [a, b, c] = p as [number[], number[], number[]];
    const e1 = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
    const e2 = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
    const facing =
      (e1[1]! * e2[2]! - e1[2]! * e2[1]!) * n[0]! +
      (e1[2]! * e2[0]! - e1[0]! * e2[2]!) * n[1]! +
      (e1[0]! * e2[1]! - e1[1]! * e2[0]!) * n[2]!;
    // Front faces must wind counter-clockwise seen from their normal, whichever way we listed them.
    for (const i of facing >= 0 ? [0, 1, 2, 0, 2, 3] : [0, 2, 1, 0, 3, 2]) {
      positions.push(...p[i]!);
      normals.push(...n);
      uvs.push(...uv[i]!);
    }
  };
  for (const s of segments) {
    const dx = s.bx - s.ax;
    const dz = s.bz - s.az;
    const len = Math.hypot(dx, dz);
    const ux = dx / len;
    const uz = dz / len;
    let nx = -uz;
    let nz = ux;
    if (nx * (s.ax + s.bx) + nz * (s.az + s.bz) < 0) {
      nx = -nx;
      nz = -nz;
    }
    const edge = edgeOf(o.polygon, s);
    const u0 = edge ? Math.hypot(s.ax - edge.start.x, s.az - edge.start.z) : 0;
    const startsAtEdge = edge
      ? Math.hypot(s.ax - edge.start.x, s.az - edge.start.z) < Math.hypot(s.bx - edge.start.x, s.bz - edge.start.z)
      : true;
    const sign = startsAtEdge ? 1 : -1;
    const ea = edge?.corner[0] ? mitre : 0;
    const eb = edge?.corner[1] ? mitre : 0;
    const point = (along: number, side: number, y: number) => [
      s.ax + ux * along + nx * side,
      y,
      s.az + uz * along + nz * side,
    ];
    const u = (along: number) => (u0 + sign * along) / o.tileLength;
    const { bottom: y0, top: y1 } = o;
    // outer face, extended into the mitre
    quad(
      [point(-ea, half, y0), point(len + eb, half, y0), point(len + eb, half, y1), point(-ea, half, y1)],
      [nx, 0, nz],
      [
        [u(-ea), vAt(y0)],
        [u(len + eb), vAt(y0)],
        [u(len + eb), vAt(y1)],
        [u(-ea), vAt(y1)],
      ],
    );
    // inner face, shortened by the mitre
    quad(
      [point(len - eb, -half, y0), point(ea, -half, y0), point(ea, -half, y1), point(len - eb, -half, y1)],
      [-nx, 0, -nz],
      [
        [u(len - eb), vAt(y0)],
        [u(ea), vAt(y0)],
        [u(ea), vAt(y1)],
        [u(len - eb), vAt(y1)],
      ],
    );
    quad(
      [point(-ea, half, y1), point(len + eb, half, y1), point(len - eb, -half, y1), point(ea, -half, y1)],
      [0, 1, 0],
      [
        [u(-ea), 1],
        [u(len + eb), 1],
        [u(len - eb), 1],
        [u(ea), 1],
      ],
    );
    if (y0 > 0.01) {
      quad(
        [point(ea, -half, y0), point(len - eb, -half, y0), point(len + eb, half, y0), point(-ea, half, y0)],
        [0, -1, 0],
        [
          [0, 0.99],
          [0, 0.99],
          [0, 0.99],
          [0, 0.99],
        ],
      );
    }
    if (!edge?.corner[0]) {
      quad(
        [point(0, -half, y0), point(0, half, y0), point(0, half, y1), point(0, -half, y1)],
        [-ux, 0, -uz],
        [
          [0, vAt(y0)],
          [0.05, vAt(y0)],
          [0.05, vAt(y1)],
          [0, vAt(y1)],
        ],
      );
    }
    if (!edge?.corner[1]) {
      quad(
        [point(len, half, y0), point(len, -half, y0), point(len, -half, y1), point(len, half, y1)],
        [ux, 0, uz],
        [
          [0, vAt(y0)],
          [0.05, vAt(y0)],
          [0.05, vAt(y1)],
          [0, vAt(y1)],
        ],
      );
    }
  }
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new Float32BufferAttribute(normals, 3));
  geometry.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  return geometry;
}
