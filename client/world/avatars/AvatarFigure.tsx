import { useMemo } from 'react';
import { useQualityPreset } from '../../state/quality.ts';
import {
  CapsuleGeometry,
  IcosahedronGeometry,
  MeshStandardMaterial,
  SphereGeometry,
  CylinderGeometry,
  Color,
} from 'three';

const body = new CapsuleGeometry(0.32, 0.85, 6, 14);
const head = new SphereGeometry(0.2, 20, 14);
const collar = new CylinderGeometry(0.34, 0.34, 0.1, 20);
const hat = new CylinderGeometry(0.13, 0.21, 0.2, 16);
/** The low presets' figure: a coarse capsule in the country's colour and a faceted head, casting no shadow. */
const simpleBody = new CapsuleGeometry(0.32, 0.85, 2, 6);
const simpleHead = new IcosahedronGeometry(0.21, 0);
const skin = new MeshStandardMaterial({ color: '#d9a77c', roughness: 0.7 });
const materials = new Map<string, MeshStandardMaterial>();

/** One material per colour, shared by every avatar of that country. */
function material(color: string): MeshStandardMaterial {
  let m = materials.get(color);
  if (!m) materials.set(color, (m = new MeshStandardMaterial({ color: new Color(color), roughness: 0.55 })));
  return m;
}

export interface AvatarFigureProps {
  primary: string;
  accent: string;
}

/** A simple, friendly figure in the visitor's country colours; its feet are at y = 0. */
export function AvatarFigure({ primary, accent }: AvatarFigureProps) {
  const [robe, trim] = useMemo(() => [material(primary), material(accent)], [primary, accent]);
  const simple = useQualityPreset().avatar === 'simple';
  if (simple) {
    return (
      <group>
        <mesh geometry={simpleBody} material={robe} position-y={0.75} />
        <mesh geometry={simpleHead} material={skin} position-y={1.56} />
      </group>
    );
  }
  return (
    <group>
      <mesh geometry={body} material={robe} position-y={0.75} castShadow />
      <mesh geometry={collar} material={trim} position-y={1.33} castShadow />
      <mesh geometry={head} material={skin} position-y={1.58} castShadow />
      <mesh geometry={hat} material={trim} position-y={1.79} castShadow />
    </group>
  );
}
