import { useFrame } from '@react-three/fiber';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { stepSelf } from './stepSelf.ts';

/** Renders nothing: walks the local visitor each frame, hands over between rooms and reports moves. */
export function PlayerController({ world }: { world: ExpoWorld }) {
  useFrame((_, delta) => stepSelf(world, delta));
  return null;
}
