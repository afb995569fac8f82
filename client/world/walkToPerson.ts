import { planRoute, routeToPavilion } from '../../shared/world/route.ts';
import { spotBeside } from '../../shared/world/beside.ts';
import type { Vec2 } from '../../shared/world/geometry.ts';
import { sameZone, type ExpoWorld, type Zone } from '../../shared/world/world.ts';
import { useFind, type Destination } from '../state/find.ts';
import { useWorld } from '../state/world.ts';
import { motion } from './motion.ts';

/** How far out of a pavilion's door a walk to someone on the plaza aims before it looks for them. */
const OUT_OF_DOOR = 5;

/** Where someone in the visitor's room was last seen standing. */
export function positionOf(userId: string): Vec2 | undefined {
  for (const [key, entry] of Object.entries(useWorld.getState().roster)) {
    if (entry.id === userId) return motion.remote.get(key)?.at(-1);
  }
  return undefined;
}

/** The walk to a free spot beside someone standing at `at` in this room. */
function routeBeside(world: ExpoWorld, zone: Zone, at: Vec2): Vec2[] {
  const spot = spotBeside(world, zone, at, [], motion.self);
  return spot ? planRoute(world, motion.self, spot) : [];
}

function setRoute(route: Vec2[], label: string): boolean {
  motion.route = route;
  useWorld.setState({ walkingTo: route.length ? { label } : null });
  return route.length > 0;
}

/**
 * Walks the visitor to someone they found: straight to them in this room; otherwise towards their
 * room first (into their pavilion, or out of this one), to go on once the visitor is in it.
 */
export function walkToPerson(world: ExpoWorld, to: Destination): boolean {
  const zone = useWorld.getState().zone;
  if (sameZone(zone, to.place)) {
    const at = positionOf(to.userId);
    if (at) {
      useFind.setState({ walkingTo: null, outcome: null });
      return setRoute(routeBeside(world, zone, at), to.name);
    }
    // Here but beyond the few nearest whose movements the room sends: FindWalker asks the room
    // for theirs and goes on once they arrive.
    const here = Object.values(useWorld.getState().roster).some((entry) => entry.id === to.userId);
    useFind.setState({ walkingTo: here ? to : null, outcome: here ? null : { kind: 'lost', name: to.name } });
    return here;
  }
  const route =
    to.place.kind === 'pavilion'
      ? routeToPavilion(world, motion.self, to.place.id)
      : zone.kind === 'pavilion'
        ? planRoute(world, motion.self, world.frontOf(zone.id, OUT_OF_DOOR))
        : [];
  // The route first: the walker drops a walk to another room that has no route under way.
  const walking = setRoute(route, to.name);
  useFind.setState({ walkingTo: walking ? to : null, outcome: walking ? null : { kind: 'lost', name: to.name } });
  return walking;
}

/** Once in the room of someone being walked to and they are seen there, goes on to them; false while waiting. */
export function continueWalk(world: ExpoWorld): boolean {
  const to = useFind.getState().walkingTo;
  const zone = useWorld.getState().zone;
  if (!to || !sameZone(zone, to.place)) return false;
  const at = positionOf(to.userId);
  if (!at) return false;
  // The route first: FindWalker lets go of the person's movements when no walk is under way.
  setRoute(routeBeside(world, zone, at), to.name);
  useFind.setState({ walkingTo: null });
  return true;
}
