import { CircleGeometry, MeshStandardMaterial } from 'three';
import type { Pavilion } from '../../../shared/catalogue.ts';
import { floorTexture } from './floorTexture.ts';
import type { LocalFootprint } from './footprint.ts';
import { useDisposable } from './useDisposable.ts';
import { WALL_THICKNESS } from './Walls.tsx';

export interface InteriorFloorProps {
  pavilion: Pavilion;
  footprint: LocalFootprint;
}

/** The hall's floor: the footprint's polygon just inside the walls, a hand's breadth above the paving. */
export function InteriorFloor({ pavilion, footprint }: InteriorFloorProps) {
  const { style, colors } = pavilion;
  const sides = footprint.polygon.length;
  const resources = useDisposable(() => {
    const radius = (footprint.apothem - WALL_THICKNESS / 2) / Math.cos(Math.PI / sides);
    // Circle vertices start on +x in its own plane; this start puts them on the polygon's corners.
    const geometry = new CircleGeometry(radius, sides, Math.PI / sides - Math.PI / 2);
    geometry.rotateX(-Math.PI / 2);
    const map = floorTexture(style, colors);
    const material = new MeshStandardMaterial({ map, roughness: 0.8 });
    return { geometry, material, map };
  }, [style, colors, footprint, sides]);
  return <mesh geometry={resources.geometry} material={resources.material} position-y={0.05} receiveShadow />;
}
