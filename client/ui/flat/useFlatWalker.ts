import { useEffect } from 'react';
import { LIMITS } from '../../../shared/protocol.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { stepSelf } from '../../world/controls/stepSelf.ts';

/** As often as moves may be sent: the 2D mode needs no smoother walk than what others see of it. */
const STEP_MS = 1000 / LIMITS.moveRateHz;

/** Walks the visitor's avatar along its route while the 2D mode is shown (there are no frames to do it in). */
export function useFlatWalker(world: ExpoWorld): void {
  useEffect(() => {
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      stepSelf(world, (now - last) / 1000);
      last = now;
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [world]);
}
