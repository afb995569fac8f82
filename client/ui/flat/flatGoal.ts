import type { Vec2 } from '../../../shared/world/geometry.ts';
import { planRoute } from '../../../shared/world/route.ts';
import type { ExpoWorld } from '../../../shared/world/world.ts';
import { useWorld } from '../../state/world.ts';
import { motion } from '../../world/motion.ts';

/** Where the 2D view is walking the avatar to; kept so a walk the server cut short (a correction) goes on. */
let goal: { at: Vec2; zone: string; tries: number } | null = null;
/** A goal that cannot be reached (someone's new wall, a stuck spot) is given up after this many new routes. */
const MAX_TRIES = 5;
/** Close enough to the goal: the walker itself counts a route point reached a little nearer. */
const ARRIVED = 0.5;

const zoneKey = () => {
  const zone = useWorld.getState().zone;
  return zone.kind === 'plaza' ? 'plaza' : zone.id;
};

/** Drops the walk under way, so nothing takes it up again later. */
export function forgetGoal(): void {
  goal = null;
}

/** Sets the avatar walking to `at` in the current room. */
export function walkTo(world: ExpoWorld, at: Vec2): void {
  goal = { at, zone: zoneKey(), tries: 0 };
  motion.route = motion.placed ? planRoute(world, motion.self, at) : [];
}

/** Plans the walk again when the avatar stopped short of its goal; forgets a goal in another room or reached. */
export function keepWalkingToGoal(world: ExpoWorld): void {
  if (!goal || motion.route.length > 0 || !motion.placed) return;
  const near = Math.hypot(motion.self.x - goal.at.x, motion.self.z - goal.at.z) <= ARRIVED;
  if (near || goal.zone !== zoneKey() || goal.tries >= MAX_TRIES) {
    goal = null;
    return;
  }
  goal.tries++;
  motion.route = planRoute(world, motion.self, goal.at);
}
