import { useFrame } from '@react-three/fiber';
import { useRef, type ReactNode } from 'react';
import type { Group } from 'three';
import type { PavilionPlacement } from '../../../shared/world/layout.ts';
import { motion } from '../motion.ts';

/** How far outside a pavilion's walls its inside is still drawn: the doorway shows it to those walking up. */
const OUTSIDE_MARGIN = 14;

/**
 * What stands inside a pavilion (stands, the stage screen) is drawn only while the visitor is in
 * it or near it: from the plaza the walls hide it, yet every stand would still cost draw calls.
 */
export function InteriorOnly({ placement, children }: { placement: PavilionPlacement; children: ReactNode }) {
  const group = useRef<Group>(null);
  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const distance = Math.hypot(placement.center.x - motion.self.x, placement.center.z - motion.self.z);
    g.visible = distance <= placement.radius + OUTSIDE_MARGIN;
  });
  return <group ref={group}>{children}</group>;
}
