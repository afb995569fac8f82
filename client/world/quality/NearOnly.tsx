import { useFrame } from '@react-three/fiber';
import { useRef, type ReactNode } from 'react';
import type { Group } from 'three';
import { quality } from '../../state/quality.ts';
import { motion } from '../motion.ts';

/**
 * Small details (a booth's logo and words) drawn only while the visitor is within the preset's
 * detail distance of the world point (x, z): far away they are a few pixels that still cost draw calls.
 */
export function NearOnly({ x, z, children }: { x: number; z: number; children: ReactNode }) {
  const group = useRef<Group>(null);
  useFrame(() => {
    const g = group.current;
    if (g) g.visible = Math.hypot(x - motion.self.x, z - motion.self.z) <= quality().detailDistance;
  });
  return <group ref={group}>{children}</group>;
}
