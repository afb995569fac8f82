import { CircleGeometry, MeshStandardMaterial } from 'three';
import type { PavilionPlacement } from '../../../shared/world/layout.ts';
import { PLAZA } from '../../../shared/world/layout.ts';
import { Fence } from './Fence.tsx';
import { Fountain } from './Fountain.tsx';
import { Greenery } from './Greenery.tsx';
import { plazaTexture } from './plazaTexture.ts';
import { Steppe } from './Steppe.tsx';
import { useDisposable } from './useDisposable.ts';

export interface ExpoGroundProps {
  /** When given, a paved walkway leads from the fountain to each pavilion's door. */
  placements?: readonly PavilionPlacement[];
}

const NONE: readonly PavilionPlacement[] = [];

/** The expo ground: paved plaza, fountain monument, balustrade with lanterns, trees and steppe. */
export function ExpoGround({ placements = NONE }: ExpoGroundProps = {}) {
  const resources = useDisposable(() => {
    const geometry = new CircleGeometry(PLAZA.radius, 128).rotateX(-Math.PI / 2);
    const map = plazaTexture(PLAZA.radius, placements);
    const material = new MeshStandardMaterial({ map, roughness: 0.9 });
    return { geometry, map, material };
  }, [placements]);
  return (
    <group>
      <mesh geometry={resources.geometry} material={resources.material} receiveShadow />
      <Steppe />
      <Fence />
      <Fountain />
      <Greenery />
    </group>
  );
}
