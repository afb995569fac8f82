import { MeshStandardMaterial } from 'three';
import { mergeAll } from './merge.ts';
import type { Pavilion } from '../../../shared/catalogue.ts';
import type { LocalFootprint } from './footprint.ts';
import { useDisposable } from './useDisposable.ts';
import { wallGeometry } from './wallGeometry.ts';
import { WALL_HEIGHT, wallTexture } from './wallTextures.ts';

export const WALL_THICKNESS = 0.3;
export const DOOR_HEIGHT = 3.2;

export interface WallsProps {
  pavilion: Pavilion;
  footprint: LocalFootprint;
}

/** Tiles per side of the polygon, chosen so each family's ornament rhythm fits its sides. */
const TILES_PER_EDGE = { yurt: 1, organic: 1, kumbet: 1, iwan: 6 } as const;

/**
 * The walls standing on the server's collision segments, and the lintel closing the doorway
 * above head height, as one mesh with the family's ornamented wall texture.
 */
export function Walls({ pavilion, footprint }: WallsProps) {
  const { style, colors } = pavilion;
  const resources = useDisposable(() => {
    const height = WALL_HEIGHT[style];
    const options = {
      polygon: footprint.polygon,
      thickness: WALL_THICKNESS,
      textureHeight: height,
      tileLength: footprint.edge / TILES_PER_EDGE[style],
    };
    const walls = wallGeometry(footprint.walls, { ...options, bottom: 0, top: height });
    const lintel = wallGeometry(footprint.doorway, { ...options, bottom: DOOR_HEIGHT, top: height });
    const geometry = mergeAll([walls, lintel]);
    const map = wallTexture(style, colors);
    const material = new MeshStandardMaterial({ map, roughness: 0.9 });
    return { geometry, material, map };
  }, [style, colors, footprint]);
  return <mesh geometry={resources.geometry} material={resources.material} castShadow receiveShadow />;
}
