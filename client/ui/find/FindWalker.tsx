import { useEffect } from 'react';
import { sameZone, type ExpoWorld } from '../../../shared/world/world.ts';
import { useFind } from '../../state/find.ts';
import { useWorld } from '../../state/world.ts';
import { watchPerson } from '../../net/findRoom.ts';
import { continueWalk } from '../../world/walkToPerson.ts';

/** How long to look for someone in their room before saying they could not be reached. */
const LOOK_FOR_MS = 4000;
/** How often to look meanwhile: their first movements arrive with a patch, not through a store. */
const LOOK_EVERY_MS = 100;

/**
 * Renders nothing: carries a walk to someone on once the visitor is in their room and their
 * movements arrive (asking the room for them, as it sends only the nearest few's), lets go of
 * them when the walk ends, and drops the walk when the visitor takes the controls or the person
 * is not there.
 */
export function FindWalker({ world }: { world: ExpoWorld }) {
  useEffect(() => {
    let giveUp: ReturnType<typeof setTimeout> | undefined;
    let looking: ReturnType<typeof setInterval> | undefined;
    const stopLooking = () => {
      clearInterval(looking);
      looking = undefined;
    };
    const check = () => {
      const to = useFind.getState().walkingTo;
      const { zone, walkingTo, enteringZone } = useWorld.getState();
      if (!to) {
        stopLooking();
        // On the way to them, their movements still matter; once there, or off elsewhere, not.
        if (!walkingTo) watchPerson(null);
        return;
      }
      if (continueWalk(world)) {
        stopLooking();
        clearTimeout(giveUp);
        giveUp = undefined;
        return;
      }
      if (sameZone(zone, to.place)) {
        watchPerson(to.userId);
        looking ??= setInterval(check, LOOK_EVERY_MS);
        giveUp ??= setTimeout(() => {
          giveUp = undefined;
          if (useFind.getState().walkingTo === to)
            useFind.setState({ walkingTo: null, outcome: { kind: 'lost', name: to.name } });
        }, LOOK_FOR_MS);
      } else if (!walkingTo && !enteringZone) {
        // The route ended or the visitor walked off on their own: they no longer want to go.
        useFind.setState({ walkingTo: null });
      }
    };
    const unsubscribeWorld = useWorld.subscribe(check);
    const unsubscribeFind = useFind.subscribe(check);
    return () => {
      unsubscribeWorld();
      unsubscribeFind();
      clearTimeout(giveUp);
      stopLooking();
    };
  }, [world]);
  return null;
}
