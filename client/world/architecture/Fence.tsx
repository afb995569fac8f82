import {
  BoxGeometry,
  ConeGeometry,
  CylinderGeometry,
  InstancedMesh,
  LatheGeometry,
  MeshStandardMaterial,
  Object3D,
  SphereGeometry,
  Vector2,
} from 'three';
import { regularPolygon, type Segment } from '../../../shared/world/geometry.ts';
import { PLAZA } from '../../../shared/world/layout.ts';
import { mergeAll } from './merge.ts';
import { sharedMaterials } from './palette.ts';
import { useDisposable } from './useDisposable.ts';
import { wallGeometry } from './wallGeometry.ts';

const SIDES = 64;
const BALUSTERS_PER_SIDE = 14;
const LAMP_EVERY = 4;
const RAIL_TOP = 1.05;
const LAMP_HEIGHT = 4.6;

/**
 * The low stone balustrade on the expo's boundary polygon, with lanterns on every fourth post.
 * Everything stands on the fence's collision line, so nothing here blocks a walkable spot.
 */
export function Fence() {
  const { metal } = sharedMaterials();
  const resources = useDisposable(() => {
    const polygon = regularPolygon({ x: 0, z: 0 }, PLAZA.radius, SIDES, 0);
    const segments: Segment[] = polygon.map((a, i) => {
      const b = polygon[(i + 1) % SIDES]!;
      return { ax: a.x, az: a.z, bx: b.x, bz: b.z };
    });
    const options = { polygon, textureHeight: RAIL_TOP, tileLength: 1 };
    const rails = mergeAll([
      wallGeometry(segments, { ...options, thickness: 0.45, bottom: 0, top: 0.22 }),
      wallGeometry(segments, { ...options, thickness: 0.34, bottom: RAIL_TOP - 0.14, top: RAIL_TOP }),
    ]);
    const stoneMaterial = new MeshStandardMaterial({ color: '#e8dcc3', roughness: 0.75 });

    const dummy = new Object3D();
    const post = mergeAll([
      new BoxGeometry(0.5, 1.25, 0.5).translate(0, 0.625, 0),
      new BoxGeometry(0.62, 0.1, 0.62).translate(0, 1.3, 0),
      new ConeGeometry(0.3, 0.35, 4, 1, false, Math.PI / 4).translate(0, 1.52, 0),
    ]);
    const posts = new InstancedMesh(post, stoneMaterial, SIDES);
    polygon.forEach((v, i) => {
      dummy.position.set(v.x, 0, v.z);
      dummy.rotation.set(0, -Math.atan2(v.z, v.x), 0);
      dummy.updateMatrix();
      posts.setMatrixAt(i, dummy.matrix);
    });

    const baluster = new LatheGeometry(
      [
        [0.01, 0.22],
        [0.09, 0.22],
        [0.07, 0.35],
        [0.13, 0.55],
        [0.06, 0.8],
        [0.1, RAIL_TOP - 0.14],
        [0.01, RAIL_TOP - 0.14],
      ].map(([x, y]) => new Vector2(x, y)),
      8,
    );
    const balusters = new InstancedMesh(baluster, stoneMaterial, SIDES * BALUSTERS_PER_SIDE);
    let n = 0;
    for (const s of segments) {
      for (let k = 1; k <= BALUSTERS_PER_SIDE; k++) {
        const t = k / (BALUSTERS_PER_SIDE + 1);
        dummy.position.set(s.ax + (s.bx - s.ax) * t, 0, s.az + (s.bz - s.az) * t);
        dummy.rotation.set(0, 0, 0);
        dummy.updateMatrix();
        balusters.setMatrixAt(n++, dummy.matrix);
      }
    }

    const lampCount = SIDES / LAMP_EVERY;
    const pole = mergeAll([
      new CylinderGeometry(0.07, 0.1, LAMP_HEIGHT, 8).translate(0, LAMP_HEIGHT / 2 + 1.3, 0),
      new ConeGeometry(0.38, 0.4, 6).translate(0, LAMP_HEIGHT + 1.3 + 0.75, 0),
    ]);
    const lantern = new SphereGeometry(0.28, 12, 8).scale(1, 1.3, 1).translate(0, LAMP_HEIGHT + 1.3 + 0.3, 0);
    const glowMaterial = new MeshStandardMaterial({
      color: '#ffe2a8',
      emissive: '#ffcf7a',
      emissiveIntensity: 0.9,
      roughness: 0.4,
    });
    const poles = new InstancedMesh(pole, metal, lampCount);
    const lanterns = new InstancedMesh(lantern, glowMaterial, lampCount);
    for (let i = 0; i < lampCount; i++) {
      const v = polygon[i * LAMP_EVERY]!;
      dummy.position.set(v.x, 0, v.z);
      dummy.rotation.set(0, 0, 0);
      dummy.updateMatrix();
      poles.setMatrixAt(i, dummy.matrix);
      lanterns.setMatrixAt(i, dummy.matrix);
    }
    for (const mesh of [posts, balusters, poles]) {
      mesh.castShadow = true;
      mesh.receiveShadow = true;
    }
    return { rails, stoneMaterial, post, posts, baluster, balusters, pole, lantern, glowMaterial, poles, lanterns };
  }, []);
  return (
    <group>
      <mesh geometry={resources.rails} material={resources.stoneMaterial} castShadow receiveShadow />
      <primitive object={resources.posts} />
      <primitive object={resources.balusters} />
      <primitive object={resources.poles} />
      <primitive object={resources.lanterns} />
    </group>
  );
}
