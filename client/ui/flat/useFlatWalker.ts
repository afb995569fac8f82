import { useEffect } from 'react';
import { LIMITS } from '../../../shared/protocol.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { stepSelf } from '../../world/controls/stepSelf.ts';
import { keepWalkingToGoal } from './flatMoves.ts';

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
      stepSelf(world, STEP_MS / 1000);
    }, STEP_MS);
    return () => clearInterval(timer);
  }, [world]);
}
