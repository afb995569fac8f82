import {
  CircleGeometry,
  CylinderGeometry,
  LatheGeometry,
  MeshStandardMaterial,
  SphereGeometry,
  TorusGeometry,
  Vector2,
  type BufferGeometry,
} from 'three';
import { mergeAll } from './merge.ts';
import { regularPolygon, type Segment } from '../../../shared/world/geometry.ts';
import { PLAZA } from '../../../shared/world/layout.ts';
import { sharedMaterials } from './palette.ts';
import { useDisposable } from './useDisposable.ts';
import { wallGeometry } from './wallGeometry.ts';

const SIDES = 12;
/** Three's circles and cylinders start at this angle to share the collision polygon's corners. */
const START = Math.PI / SIDES;
const RIM = 0.75;
const COLUMN_TOP = 8.2;

/**
 * The monument at the plaza's heart: a twelve-sided basin whose rim stands on the fountain's
 * collision polygon, a raised bowl, and a column carrying a gilded shanyrak-sun, the crown of
 * the yurt that the Turkic peoples share as a sign of one home under one sky.
 */
export function Fountain() {
  const { gold, turquoise } = sharedMaterials();
  const r = PLAZA.fountainRadius;
  const resources = useDisposable(() => {
    const polygon = regularPolygon({ x: 0, z: 0 }, r, SIDES, 0);
    const segments: Segment[] = polygon.map((a, i) => {
      const b = polygon[(i + 1) % SIDES]!;
      return { ax: a.x, az: a.z, bx: b.x, bz: b.z };
    });
    const rim = wallGeometry(segments, {
      polygon,
      thickness: 0.6,
      bottom: 0,
      top: RIM,
      textureHeight: RIM,
      tileLength: 1,
    });
    const bowlProfile = [
      [0.01, 0],
      [0.9, 0],
      [0.7, 0.6],
      [0.9, 0.9],
      [1.9, 1.35],
      [2.05, 1.5],
      [1.9, 1.5],
      [0.8, 1.15],
      [0.01, 1.15],
    ].map(([x, y]) => new Vector2(x, y));
    const column = [
      new CylinderGeometry(0.75, 0.85, 0.8, 8, 1, false, Math.PI / 8).translate(0, 1.4, 0),
      new CylinderGeometry(0.38, 0.5, COLUMN_TOP - 1.8, 8, 1, false, Math.PI / 8).translate(
        0,
        1.8 + (COLUMN_TOP - 1.8) / 2,
        0,
      ),
      new CylinderGeometry(0.62, 0.42, 0.45, 8, 1, false, Math.PI / 8).translate(0, COLUMN_TOP, 0),
    ];
    const stone = mergeAll([rim, new LatheGeometry(bowlProfile, 36), ...column]);
    const stoneMaterial = new MeshStandardMaterial({ color: '#efe5d2', roughness: 0.55 });

    const water = mergeAll([
      new CircleGeometry(r - 0.25, SIDES, START).rotateX(-Math.PI / 2).translate(0, RIM - 0.15, 0),
      new CircleGeometry(1.9, 36).rotateX(-Math.PI / 2).translate(0, 1.42, 0),
    ]);
    const waterMaterial = new MeshStandardMaterial({
      color: '#3a9fb4',
      roughness: 0.05,
      metalness: 0.35,
      transparent: true,
      opacity: 0.88,
    });
    // a thin veil spilling over the bowl's lip
    const veil = new CylinderGeometry(2.05, 2.4, 0.85, 36, 1, true).translate(0, 1.05, 0);
    const veilMaterial = new MeshStandardMaterial({
      color: '#bfe6ee',
      roughness: 0.1,
      transparent: true,
      opacity: 0.35,
      depthWrite: false,
    });

    const emblemY = COLUMN_TOP + 1.5;
    const emblem: BufferGeometry[] = [
      new TorusGeometry(1.3, 0.11, 8, 48).rotateX(Math.PI / 2).translate(0, emblemY - 0.6, 0),
    ];
    for (const a of [0, Math.PI / 3, (2 * Math.PI) / 3]) {
      emblem.push(new TorusGeometry(1.3, 0.07, 6, 32, Math.PI).rotateY(a).translate(0, emblemY - 0.6, 0));
    }
    for (let i = 0; i < 16; i++) {
      const a = (i / 16) * Math.PI * 2;
      const ray = new CylinderGeometry(0.02, 0.09, i % 2 ? 0.55 : 0.9, 5).rotateZ(-Math.PI / 2);
      const len = i % 2 ? 0.55 : 0.9;
      emblem.push(
        ray
          .translate(1.4 + len / 2, 0, 0)
          .rotateY(a)
          .translate(0, emblemY - 0.6, 0),
      );
    }
    emblem.push(new SphereGeometry(0.22, 12, 8).translate(0, emblemY + 0.75, 0));
    const emblemGeometry = mergeAll(emblem);
    const sun = new SphereGeometry(0.45, 16, 12).translate(0, emblemY - 0.1, 0);
    return { stone, stoneMaterial, water, waterMaterial, veil, veilMaterial, emblemGeometry, sun };
  }, [r]);
  return (
    <group>
      <mesh geometry={resources.stone} material={resources.stoneMaterial} castShadow receiveShadow />
      <mesh geometry={resources.water} material={resources.waterMaterial} receiveShadow />
      <mesh geometry={resources.veil} material={resources.veilMaterial} />
      <mesh geometry={resources.emblemGeometry} material={gold} castShadow />
      <mesh geometry={resources.sun} material={turquoise} />
    </group>
  );
}
