import { useEffect } from 'react';
import { LIMITS } from '../../../shared/protocol.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { stepSelf } from '../../world/controls/stepSelf.ts';
import { forgetGoal, keepWalkingToGoal } from './flatGoal.ts';

/** As often as moves may be sent: the 2D mode needs no smoother walk than what others see of it. */
const STEP_MS = 1000 / LIMITS.moveRateHz;

/**
 * Walks the visitor's avatar along its route while the 2D mode is shown (there are no frames to do
 * it in). A late tick walks one tick's stride, not the time missed: a long stride right after a
 * short one would look too fast to the server, which would put the avatar back and end the walk.
 */
export function useFlatWalker(world: ExpoWorld): void {
  useEffect(() => {
    const timer = setInterval(() => {
      keepWalkingToGoal(world);
      // Only the route: the 2D view has no keys or stick of its own to walk with.
      stepSelf(world, STEP_MS / 1000, { manual: false });
    }, STEP_MS);
    return () => {
      clearInterval(timer);
      // A walk cut short by leaving the 2D view is not taken up again when it comes back.
      forgetGoal();
    };
  }, [world]);
}
