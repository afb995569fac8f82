import {
  ConeGeometry,
  CylinderGeometry,
  IcosahedronGeometry,
  InstancedMesh,
  MeshStandardMaterial,
  Object3D,
} from 'three';
import { PLAZA } from '../../../shared/world/layout.ts';
import { seededRandom } from './canvasTexture.ts';
import { useDisposable } from './useDisposable.ts';

const POPLARS = 110;
const ROUND_TREES = 90;

/**
 * Poplar rows and round shade trees beyond the fence, as around Central Asian squares. They
 * stand only outside the expo's boundary, so they never get in a visitor's way.
 */
export function Greenery() {
  const resources = useDisposable(() => {
    const random = seededRandom(7);
    const dummy = new Object3D();
    const trunk = new CylinderGeometry(0.12, 0.22, 1, 6).translate(0, 0.5, 0);
    const poplar = new ConeGeometry(1, 1, 8).translate(0, 0.5, 0);
    const round = new IcosahedronGeometry(1, 1);
    const bark = new MeshStandardMaterial({ color: '#6b5240', roughness: 0.9 });
    const poplarLeaves = new MeshStandardMaterial({ color: '#5b7a3a', roughness: 0.85, flatShading: true });
    const roundLeaves = new MeshStandardMaterial({ color: '#6f8a45', roughness: 0.85, flatShading: true });
    const trunks = new InstancedMesh(trunk, bark, POPLARS + ROUND_TREES);
    const poplars = new InstancedMesh(poplar, poplarLeaves, POPLARS);
    const rounds = new InstancedMesh(round, roundLeaves, ROUND_TREES);
    const at = (i: number, total: number, from: number, spread: number) => {
      const a = ((i + random() * 0.6) / total) * Math.PI * 2;
      const r = from + random() * spread;
      return { x: Math.cos(a) * r, z: Math.sin(a) * r };
    };
    for (let i = 0; i < POPLARS; i++) {
      const p = at(i, POPLARS, PLAZA.radius + 6, 5 + (i % 3) * 9);
      const h = 11 + random() * 5;
      dummy.position.set(p.x, 0, p.z);
      dummy.scale.set(1, 2.5, 1);
      dummy.updateMatrix();
      trunks.setMatrixAt(i, dummy.matrix);
      dummy.position.set(p.x, 1.6, p.z);
      dummy.scale.set(1.3 + random() * 0.4, h, 1.3 + random() * 0.4);
      dummy.updateMatrix();
      poplars.setMatrixAt(i, dummy.matrix);
    }
    for (let i = 0; i < ROUND_TREES; i++) {
      const p = at(i, ROUND_TREES, PLAZA.radius + 14, 40);
      const s = 2.6 + random() * 1.6;
      dummy.position.set(p.x, 0, p.z);
      dummy.scale.set(1.3, 3.2, 1.3);
      dummy.updateMatrix();
      trunks.setMatrixAt(POPLARS + i, dummy.matrix);
      dummy.position.set(p.x, 2.8 + s * 0.8, p.z);
      dummy.scale.set(s, s * 0.85, s);
      dummy.rotation.set(0, random() * 3, 0);
      dummy.updateMatrix();
      rounds.setMatrixAt(i, dummy.matrix);
      dummy.rotation.set(0, 0, 0);
    }
    for (const mesh of [trunks, poplars, rounds]) mesh.castShadow = true;
    return { trunk, poplar, round, bark, poplarLeaves, roundLeaves, trunks, poplars, rounds };
  }, []);
  return (
    <group>
      <primitive object={resources.trunks} />
      <primitive object={resources.poplars} />
      <primitive object={resources.rounds} />
    </group>
  );
}
