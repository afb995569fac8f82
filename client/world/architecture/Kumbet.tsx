import { useMemo } from 'react';
import { ConeGeometry, CylinderGeometry, MeshStandardMaterial, SphereGeometry, TorusGeometry } from 'three';
import { mergeAll } from './merge.ts';
import type { StyleProps } from './footprint.ts';
import { SHELL_SHADOW, sharedMaterials } from './palette.ts';
import { Portal } from './Portal.tsx';
import { stonePortalTexture, type PortalSize } from './portalTextures.ts';
import { starCeilingMaterial, stoneRoofTexture } from './roofTextures.ts';
import { useDisposable } from './useDisposable.ts';
import { DOOR_HEIGHT } from './Walls.tsx';
import { WALL_HEIGHT } from './wallTextures.ts';

export type KumbetProps = StyleProps;

const TOP = WALL_HEIGHT.kumbet;
const ROOF_H = 12.5;
export const STONE_PORTAL = { width: 6.8, height: 6.6, depth: 0.4, proud: 0.3 } as const;

/** Eight-sided pieces share the polygon's corners when they start half a side off +z. */
const OCTAGON_START = Math.PI / 8;

/** A Seljuk kümbet: tall octagonal stone body, stepped cornice, pyramid roof and a carved portal. */
export function Kumbet({ pavilion, footprint, doorWidth }: KumbetProps) {
  const { gold, stone } = sharedMaterials();
  const r = Math.hypot(footprint.polygon[0]?.x ?? 12, footprint.polygon[0]?.z ?? 0);
  const size: PortalSize = useMemo(
    () => ({ width: STONE_PORTAL.width, height: STONE_PORTAL.height, doorWidth, doorHeight: DOOR_HEIGHT }),
    [doorWidth],
  );
  const resources = useDisposable(() => {
    const octagon = (radius: number, height: number, y: number, top = radius) =>
      new CylinderGeometry(top, radius, height, 8, 1, true, OCTAGON_START).translate(0, y + height / 2, 0);
    // a stepped cornice reads as muqarnas from the plaza
    const cornice = mergeAll([
      octagon(r + 0.18, 0.3, TOP - 0.05),
      octagon(r + 0.42, 0.3, TOP + 0.25, r + 0.55),
      octagon(r + 0.6, 0.25, TOP + 0.55),
    ]);
    const roof = new ConeGeometry(r + 0.6, ROOF_H, 8, 6, true, OCTAGON_START).translate(0, TOP + 0.8 + ROOF_H / 2, 0);
    const roofMap = stoneRoofTexture();
    roofMap.repeat.set(16, 6);
    const roofMaterial = new MeshStandardMaterial({ map: roofMap, roughness: 0.9, ...SHELL_SHADOW });
    // from inside, a lapis ceiling with gilded stars instead of the back of the stones
    const ceiling = new ConeGeometry(r - 0.1, ROOF_H - 0.6, 8, 1, true, OCTAGON_START).translate(
      0,
      TOP + 0.8 + (ROOF_H - 0.6) / 2,
      0,
    );
    const ceilingMaterial = starCeilingMaterial(pavilion.colors);
    const ceilingRim = new CylinderGeometry(r - 0.1, r - 0.1, 0.9, 8, 1, true, OCTAGON_START).translate(
      0,
      TOP + 0.35,
      0,
    );
    const finial = mergeAll([
      new SphereGeometry(0.35, 12, 8).translate(0, TOP + 0.8 + ROOF_H + 0.1, 0),
      new CylinderGeometry(0.05, 0.1, 1.6, 8).translate(0, TOP + 0.8 + ROOF_H + 0.9, 0),
      new TorusGeometry(0.32, 0.06, 6, 16, Math.PI * 1.4)
        .rotateZ(-Math.PI * 0.2)
        .translate(0, TOP + 0.8 + ROOF_H + 1.95, 0),
    ]);
    const portalMap = stonePortalTexture(pavilion.colors, {
      width: STONE_PORTAL.width,
      height: STONE_PORTAL.height,
      doorWidth,
      doorHeight: DOOR_HEIGHT,
    });
    const ceilingParts = mergeAll([ceiling, ceilingRim]);
    return {
      cornice,
      roof,
      roofMap,
      roofMaterial,
      ceilingParts,
      ceilingMap: ceilingMaterial.map,
      ceilingMaterial,
      finial,
      portalMap,
    };
  }, [pavilion.colors, r, doorWidth]);
  return (
    <group>
      <mesh geometry={resources.cornice} material={stone} castShadow receiveShadow />
      <mesh geometry={resources.roof} material={resources.roofMaterial} castShadow />
      <mesh geometry={resources.ceilingParts} material={resources.ceilingMaterial} />
      <mesh geometry={resources.finial} material={gold} />
      <Portal
        size={size}
        back={footprint.apothem - 0.1}
        depth={STONE_PORTAL.depth}
        map={resources.portalMap}
        sideMaterial={stone}
      />
    </group>
  );
}
