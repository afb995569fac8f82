import {
  BoxGeometry,
  CylinderGeometry,
  DoubleSide,
  LatheGeometry,
  MeshStandardMaterial,
  QuadraticBezierCurve3,
  Quaternion,
  TorusGeometry,
  TubeGeometry,
  Vector2,
  Vector3,
  type BufferGeometry,
} from 'three';
import { mergeAll } from './merge.ts';
import type { StyleProps } from './footprint.ts';
import { sharedMaterials } from './palette.ts';
import { yurtRoofTexture } from './roofTextures.ts';
import { useDisposable } from './useDisposable.ts';
import { DOOR_HEIGHT } from './Walls.tsx';

export type YurtProps = StyleProps;

const EAVE_Y = 4.85;
const CROWN_Y = 9.6;
const CROWN_R = 2.1;

/** The roof's profile: slightly domed, as the bent uyk poles make it, from the eave to the crown. */
function roofHeight(r: number, eaveR: number): number {
  const t = (eaveR - r) / (eaveR - CROWN_R);
  return EAVE_Y + (CROWN_Y - EAVE_Y) * (1 - Math.pow(1 - t, 1.5));
}

/** Roof, shanyrak crown, the uyk poles seen from inside and the carved door frame of a yurt. */
export function Yurt({ pavilion, footprint }: YurtProps) {
  const { uyk, gold } = sharedMaterials();
  const eaveR = footprint.polygon.length ? Math.hypot(footprint.polygon[0]!.x, footprint.polygon[0]!.z) + 0.5 : 11.5;
  const resources = useDisposable(() => {
    const profile: Vector2[] = [];
    for (let i = 0; i <= 24; i++) {
      const r = eaveR - ((eaveR - CROWN_R) * i) / 24;
      profile.push(new Vector2(r, roofHeight(r, eaveR)));
    }
    const roof = new LatheGeometry(profile, 72);
    const map = yurtRoofTexture(pavilion.colors);
    map.repeat.set(12, 1);
    const roofMaterial = new MeshStandardMaterial({ map, roughness: 0.95, side: DoubleSide });

    const wood: BufferGeometry[] = [
      new TorusGeometry(CROWN_R, 0.2, 8, 48).rotateX(Math.PI / 2).translate(0, CROWN_Y, 0),
    ];
    wood.push(new TorusGeometry(CROWN_R - 0.35, 0.1, 6, 40).rotateX(Math.PI / 2).translate(0, CROWN_Y + 0.05, 0));
    // kulduk: the crossed arched bars inside the crown
    for (const angle of [0, Math.PI / 2]) {
      for (const offset of [-0.6, 0, 0.6]) {
        const half = Math.sqrt(CROWN_R * CROWN_R - offset * offset);
        const curve = new QuadraticBezierCurve3(
          new Vector3(-half, CROWN_Y, offset),
          new Vector3(0, CROWN_Y + 1.1, offset),
          new Vector3(half, CROWN_Y, offset),
        );
        wood.push(new TubeGeometry(curve, 12, 0.08, 5).rotateY(angle));
      }
    }
    // uyk: the roof poles, just under the felt so they show only from inside
    const poles = 48;
    const start = new Vector3();
    const end = new Vector3();
    const up = new Vector3(0, 1, 0);
    const turn = new Quaternion();
    for (let i = 0; i < poles; i++) {
      const a = (i / poles) * Math.PI * 2;
      const r0 = footprint.apothem - 0.3;
      start.set(Math.sin(a) * r0, roofHeight(r0, eaveR) - 0.25, Math.cos(a) * r0);
      end.set(Math.sin(a) * CROWN_R, CROWN_Y - 0.05, Math.cos(a) * CROWN_R);
      const length = start.distanceTo(end);
      const pole = new CylinderGeometry(0.06, 0.07, length, 5);
      const dir = end.clone().sub(start).normalize();
      pole.applyQuaternion(turn.setFromUnitVectors(up, dir));
      const mid = start.clone().add(end).multiplyScalar(0.5);
      pole.translate(mid.x, mid.y, mid.z);
      wood.push(pole);
    }
    // the carved, painted door frame
    const z = footprint.apothem + 0.12;
    const jamb = (x: number) => new BoxGeometry(0.3, DOOR_HEIGHT + 0.3, 0.3).translate(x, (DOOR_HEIGHT + 0.3) / 2, z);
    wood.push(jamb(-2.25), jamb(2.25), new BoxGeometry(4.8, 0.35, 0.32).translate(0, DOOR_HEIGHT + 0.17, z));
    const woodGeometry = mergeAll(wood);
    const finial = mergeAll([
      new TorusGeometry(CROWN_R + 0.12, 0.07, 6, 48).rotateX(Math.PI / 2).translate(0, CROWN_Y + 0.22, 0),
    ]);
    return { roof, map, roofMaterial, woodGeometry, finial };
  }, [pavilion.colors, footprint, eaveR]);
  return (
    <group>
      <mesh geometry={resources.roof} material={resources.roofMaterial} castShadow receiveShadow />
      <mesh geometry={resources.woodGeometry} material={uyk} castShadow />
      <mesh geometry={resources.finial} material={gold} />
    </group>
  );
}
