import { useMemo } from 'react';
import {
  CylinderGeometry,
  DoubleSide,
  ExtrudeGeometry,
  LatheGeometry,
  MeshStandardMaterial,
  Path,
  Shape,
  SphereGeometry,
  Vector2,
  type BufferGeometry,
} from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { StyleProps } from './footprint.ts';
import { interiorGlow, SHELL_SHADOW, sharedMaterials } from './palette.ts';
import { Portal } from './Portal.tsx';
import { pishtaqTexture, type PortalSize } from './portalTextures.ts';
import { domeTexture, drumTexture, starCeilingMaterial } from './roofTextures.ts';
import { useDisposable } from './useDisposable.ts';
import { DOOR_HEIGHT, WALL_THICKNESS } from './Walls.tsx';
import { WALL_HEIGHT } from './wallTextures.ts';

export type IwanProps = StyleProps;

const ROOF = WALL_HEIGHT.iwan;
const SLAB = 0.4;
const DRUM_R = 5;
const DRUM_H = 4.2;
const DOME_BASE = ROOF + SLAB + DRUM_H;
export const PISHTAQ = { width: 10, height: 11.5, depth: 0.45, proud: 0.35 } as const;

/** A Timurid melon dome: a bulbous profile with 24 rounded lobes. */
function melonDome(): BufferGeometry {
  const profile = [
    [5.2, 0],
    [5.8, 0.9],
    [6.15, 2.1],
    [6.05, 3.3],
    [5.5, 4.5],
    [4.4, 5.6],
    [2.9, 6.5],
    [1.3, 7.2],
    [0.35, 7.6],
    [0.01, 7.75],
  ].map(([r, y]) => new Vector2(r, y));
  const dome = new LatheGeometry(profile, 96);
  const pos = dome.attributes.position!;
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const z = pos.getZ(i);
    const lobe = Math.sqrt(Math.abs(Math.cos(12 * Math.atan2(z, x))));
    const scale = 0.955 + 0.055 * lobe;
    pos.setX(i, x * scale);
    pos.setZ(i, z * scale);
  }
  dome.computeVertexNormals();
  return dome.translate(0, DOME_BASE, 0);
}

/** A madrasa-like hall: flat roof, a pishtaq portal, a turquoise ribbed dome on a tiled drum, guldasta towers. */
export function Iwan({ pavilion, footprint, doorWidth }: IwanProps) {
  const { gold, turquoise, brick } = sharedMaterials();
  const ap = footprint.apothem;
  const size: PortalSize = useMemo(
    () => ({ width: PISHTAQ.width, height: PISHTAQ.height, doorWidth, doorHeight: DOOR_HEIGHT }),
    [doorWidth],
  );
  const resources = useDisposable(() => {
    const half = ap + WALL_THICKNESS / 2;
    const slabShape = new Shape([
      new Vector2(-half, -half),
      new Vector2(half, -half),
      new Vector2(half, half),
      new Vector2(-half, half),
    ]);
    const hole = new Path();
    hole.absarc(0, 0, DRUM_R - 0.05, 0, Math.PI * 2, true);
    slabShape.holes.push(hole);
    const slab = new ExtrudeGeometry(slabShape, { depth: SLAB, bevelEnabled: false, curveSegments: 32 });
    slab.rotateX(-Math.PI / 2).translate(0, ROOF - 0.02, 0);

    const drum = new CylinderGeometry(DRUM_R, DRUM_R, DRUM_H, 48, 1, true).translate(0, ROOF + SLAB + DRUM_H / 2, 0);
    const drumMap = drumTexture(pavilion.colors);
    drumMap.repeat.set(4, 1);
    const drumMaterial = new MeshStandardMaterial({ map: drumMap, roughness: 0.5, side: DoubleSide });

    const dome = melonDome();
    const domeMap = domeTexture();
    domeMap.repeat.set(24, 6);
    const domeMaterial = new MeshStandardMaterial({ map: domeMap, roughness: 0.28, metalness: 0.1, ...SHELL_SHADOW });
    const ceilingMaterial = starCeilingMaterial(pavilion.colors);
    const slabMaterial = new MeshStandardMaterial({ color: '#efe4cc', roughness: 0.9, ...interiorGlow(null, 0.5) });

    const towers: BufferGeometry[] = [];
    const caps: BufferGeometry[] = [];
    const tower = (x: number, z: number, r: number, h: number) => {
      towers.push(new CylinderGeometry(r * 0.85, r, h, 12).translate(x, h / 2, z));
      towers.push(new CylinderGeometry(r * 1.25, r * 1.25, 0.35, 12).translate(x, h - 0.2, z));
      caps.push(new SphereGeometry(r * 1.1, 12, 8, 0, Math.PI * 2, 0, Math.PI / 2).scale(1, 1.5, 1).translate(x, h, z));
    };
    for (const sx of [-1, 1]) {
      tower(sx * (PISHTAQ.width / 2 + 0.25), ap + 0.11, 0.26, PISHTAQ.height + 1.4);
      // at the corners, pushed out just far enough to stay flush with the hall's inner walls
      for (const sz of [-1, 1]) tower(sx * (ap + 0.15), sz * (ap + 0.15), 0.3, ROOF + 1.8);
    }
    const finial = [
      new CylinderGeometry(0.06, 0.12, 2.2, 8).translate(0, DOME_BASE + 8.6, 0),
      new SphereGeometry(0.32, 12, 8).translate(0, DOME_BASE + 8.2, 0),
      new SphereGeometry(0.22, 12, 8).translate(0, DOME_BASE + 8.9, 0),
    ];
    const towerGeometry = mergeGeometries(towers);
    const capGeometry = mergeGeometries(caps);
    const finialGeometry = mergeGeometries(finial);
    const pishtaqMap = pishtaqTexture(pavilion.colors, {
      width: PISHTAQ.width,
      height: PISHTAQ.height,
      doorWidth,
      doorHeight: DOOR_HEIGHT,
    });
    return {
      slab,
      slabMaterial,
      drum,
      drumMap,
      drumMaterial,
      dome,
      domeMap,
      domeMaterial,
      ceilingMap: ceilingMaterial.map,
      ceilingMaterial,
      towerGeometry,
      capGeometry,
      finialGeometry,
      pishtaqMap,
    };
  }, [pavilion.colors, ap, doorWidth]);
  return (
    <group>
      <mesh geometry={resources.slab} material={resources.slabMaterial} castShadow receiveShadow />
      <mesh geometry={resources.drum} material={resources.drumMaterial} castShadow />
      <mesh geometry={resources.dome} material={resources.domeMaterial} castShadow />
      <mesh geometry={resources.dome} material={resources.ceilingMaterial} />
      <mesh geometry={resources.towerGeometry} material={brick} castShadow />
      <mesh geometry={resources.capGeometry} material={turquoise} castShadow />
      <mesh geometry={resources.finialGeometry} material={gold} />
      <Portal size={size} back={ap - 0.1} depth={PISHTAQ.depth} map={resources.pishtaqMap} sideMaterial={brick} />
    </group>
  );
}
