import type { ThreeEvent } from '@react-three/fiber';
import type { ReactNode } from 'react';
import type { ExpoWorld } from '../../shared/world/world.ts';
import { planRoute } from '../../shared/world/route.ts';
import { motion } from './motion.ts';

/** A click (not a drag) that moved the pointer less than this many pixels walks the visitor there. */
export const CLICK_TOLERANCE_PX = 6;

/** Wraps the walkable scenery: clicking a floor plans a walk to that spot around the walls. */
export function WalkOnClick({ world, children }: { world: ExpoWorld; children: ReactNode }) {
  const onClick = (event: ThreeEvent<MouseEvent>) => {
    if (event.delta > CLICK_TOLERANCE_PX || event.point.y > 0.5) return;
    event.stopPropagation();
    motion.route = planRoute(world, motion.self, { x: event.point.x, z: event.point.z });
  };
  return <group onClick={onClick}>{children}</group>;
}
